import { registerEnumType } from 'type-graphql';

/** What a notification (thông báo) tells its recipient. */
export enum NotificationKind {
  CLAIM_REJECTED = 'CLAIM_REJECTED',
  REPORT_RETURNED = 'REPORT_RETURNED',
  REPORT_ACCEPTED = 'REPORT_ACCEPTED',
  TASK_OVERDUE = 'TASK_OVERDUE',
  DEADLINE_APPROACHING = 'DEADLINE_APPROACHING',
  ROUND_DUE_APPROACHING = 'ROUND_DUE_APPROACHING',
  ROUND_OPENED = 'ROUND_OPENED',
  DAILY_DIGEST = 'DAILY_DIGEST',
}

/** How a recipient wants the e-mail of one kind of notification. */
export enum EmailDelivery {
  /** One e-mail as soon as the notification is created. */
  IMMEDIATE = 'IMMEDIATE',
  /** Listed in the next daily digest e-mail instead. */
  DIGEST = 'DIGEST',
  /** No e-mail; the notification stays in the product. */
  NONE = 'NONE',
}

/** Where the e-mail of one notification stands. */
export enum EmailState {
  /** No e-mail: none wanted, no address, or SMTP_URL not set when it was created. */
  NONE = 'NONE',
  /** A delivery job is queued (retried with backoff until it succeeds or gives up). */
  PENDING = 'PENDING',
  /** A process began the delivery and has not recorded its end. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Waits for the recipient's next daily digest e-mail. */
  DIGEST = 'DIGEST',
  /** Went out inside a daily digest e-mail. */
  IN_DIGEST = 'IN_DIGEST',
  /** Every attempt failed, or a process stopped mid-delivery (it may or may not have arrived: never sent twice). */
  FAILED = 'FAILED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification (thông báo) tells its recipient.',
  valuesConfig: {
    CLAIM_REJECTED: { description: "An overseer rejected the unit's claim that a criterion is met (with the reason)." },
    REPORT_RETURNED: { description: "The reviewer returned the unit's report (with the comment)." },
    REPORT_ACCEPTED: { description: "The reviewer accepted the unit's report." },
    TASK_OVERDUE: { description: 'A task owned by the unit is past its deadline and not done.' },
    DEADLINE_APPROACHING: { description: "A campaign's deadline is a few days away (3 and 1 days before)." },
    ROUND_DUE_APPROACHING: {
      description: "A reporting round's due date is a few days away and the unit's report is not submitted.",
    },
    ROUND_OPENED: { description: "A reporting round opened for the unit's reports (with its due date)." },
    DAILY_DIGEST: {
      description:
        'Daily digest for overseers and reviewers: reports not submitted, overdue tasks, open recommendations in their scope.',
    },
  },
});
registerEnumType(EmailDelivery, {
  name: 'EmailDelivery',
  description: 'How a recipient wants the e-mail of one kind of notification (only when the server has SMTP_URL).',
  valuesConfig: {
    IMMEDIATE: { description: 'One e-mail as soon as the notification is created.' },
    DIGEST: { description: 'Listed in the next daily digest e-mail instead.' },
    NONE: { description: 'No e-mail; the notification stays in the product.' },
  },
});
