import { registerEnumType } from 'type-graphql';

/** What a field of a report template holds. */
export enum ReportFieldKind {
  NARRATIVE = 'NARRATIVE',
  FIGURE = 'FIGURE',
  VERDICT = 'VERDICT',
  INDICATORS = 'INDICATORS',
  TASKS = 'TASKS',
  DIFFICULTIES = 'DIFFICULTIES',
  RECOMMENDATIONS = 'RECOMMENDATIONS',
}

/** A supervision verdict (report 004): Đảm bảo / Chưa đảm bảo hoàn toàn / Chưa đảm bảo. */
export enum Verdict {
  ASSURED = 'ASSURED',
  PARTLY_ASSURED = 'PARTLY_ASSURED',
  NOT_ASSURED = 'NOT_ASSURED',
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  ASSURED: 'Đảm bảo',
  PARTLY_ASSURED: 'Chưa đảm bảo hoàn toàn',
  NOT_ASSURED: 'Chưa đảm bảo',
};

/** Who receives and reviews a template's reports. */
export enum ReviewerKind {
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  INSPECTION_COMMITTEE = 'INSPECTION_COMMITTEE',
}

export enum ScheduleFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  ONCE = 'ONCE',
}

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}

/** What a history row of a submission records. */
export enum SubmissionAction {
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
}

/** Where a recommendation or obstacle was written. */
export enum FollowUpSource {
  UNIT_REPORT = 'UNIT_REPORT',
  REVIEW_FINDING = 'REVIEW_FINDING',
  IMPORTED = 'IMPORTED',
}

registerEnumType(ReportFieldKind, {
  name: 'ReportFieldKind',
  description: 'What a field of a report template (mẫu báo cáo) holds, and so the shape of its value in a submission.',
  valuesConfig: {
    NARRATIVE: {
      description: 'Free text answering the field\'s prompt (e.g. "Tình hình, kết quả thực hiện"); value: a string.',
    },
    FIGURE: { description: "One number with the field's unit (meetings held, budget allocated); value: a number." },
    VERDICT: {
      description:
        'A verdict per subject (bloc or area); value: an object {subjectKey: ASSURED | PARTLY_ASSURED | NOT_ASSURED}.',
    },
    INDICATORS: {
      description:
        "The indicator table: the campaign's criteria with target and result; value: {criterionCode: {value, notApplicable, note}} — an entry left out takes the unit's current answer when submitted.",
    },
    TASKS: {
      description:
        "The tasks appendix, filled from the unit's tasks; value: {taskId: {result, note}} — the result text of each task.",
    },
    DIFFICULTIES: { description: 'Difficulties (khó khăn, vướng mắc); value: a list of {text, category}.' },
    RECOMMENDATIONS: {
      description:
        "Recommendations (kiến nghị); value: a list of {addressee, text}, the addressee one of the template's.",
    },
  },
});
registerEnumType(Verdict, {
  name: 'Verdict',
  description: 'A supervision verdict per area and bloc (report 004).',
  valuesConfig: {
    ASSURED: { description: 'Đảm bảo.' },
    PARTLY_ASSURED: { description: 'Chưa đảm bảo hoàn toàn.' },
    NOT_ASSURED: { description: 'Chưa đảm bảo.' },
  },
});
registerEnumType(ReviewerKind, {
  name: 'ReviewerKind',
  description: "Who receives and reviews a template's reports.",
  valuesConfig: {
    STEERING_COMMITTEE: {
      description: "The province steering committee, acting through the province overseer (report 001's kind).",
    },
    INSPECTION_COMMITTEE: {
      description: 'The inspection committee (Ủy ban Kiểm tra) of the supervision reports (reports 002, 004).',
    },
  },
});
registerEnumType(ScheduleFrequency, {
  name: 'ScheduleFrequency',
  description: 'How often a schedule opens a reporting round (kỳ báo cáo).',
  valuesConfig: {
    MONTHLY: { description: 'One round per calendar month, due on day dueDay of that month.' },
    QUARTERLY: { description: 'One round per quarter, due on day dueDay of the month after the quarter.' },
    ONCE: { description: 'A single round, due on dueOn.' },
  },
});
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: "Where a unit's report in a round stands.",
  valuesConfig: {
    DRAFT: { description: 'Being written (dự thảo); not yet submitted.' },
    SUBMITTED: { description: 'Submitted (đã nộp), waiting for the reviewer; locked until returned.' },
    RETURNED: { description: 'Returned by the reviewer with comments (trả lại); editable and to be resubmitted.' },
    ACCEPTED: { description: 'Accepted (đã tiếp nhận); locked, only its reviewer can reopen it.' },
  },
});
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: "A reviewer's decision on a submitted report.",
  valuesConfig: {
    ACCEPT: { description: 'Accept the report; it is locked.' },
    RETURN: { description: 'Return it to the unit with a comment (required).' },
  },
});
registerEnumType(SubmissionAction, {
  name: 'SubmissionAction',
  description: 'What a version (history row) of a submission records.',
  valuesConfig: {
    SAVE: { description: 'A draft saved (field by field).' },
    SUBMIT: { description: 'Submitted (or resubmitted) to the reviewer.' },
    ACCEPT: { description: 'Accepted by the reviewer.' },
    RETURN: { description: 'Returned by the reviewer with a comment.' },
    REOPEN: { description: 'An accepted report reopened by its reviewer.' },
  },
});
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Follow-up of a recommendation or obstacle.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the addressee (chưa trả lời).' },
    ANSWERED: { description: "The addressee's answer is recorded (đã trả lời)." },
    RESOLVED: { description: 'Settled (đã giải quyết).' },
  },
});
registerEnumType(FollowUpSource, {
  name: 'FollowUpSource',
  description: 'Where a recommendation or obstacle was written.',
  valuesConfig: {
    UNIT_REPORT: { description: "In a unit's submitted report." },
    REVIEW_FINDING: { description: 'By a reviewer, as a finding on a report.' },
    IMPORTED: { description: 'From the official reports loaded into the product (report 003).' },
  },
});
