import { registerEnumType } from 'type-graphql';

export enum Bloc {
  PARTY = 'PARTY',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
}

export enum Level {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}

export enum CommuneKind {
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
}

export enum AnswerType {
  BOOLEAN = 'BOOLEAN',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  NUMBER = 'NUMBER',
  PERCENT = 'PERCENT',
  TEXT = 'TEXT',
}

export enum Comparator {
  GTE = 'GTE',
  GT = 'GT',
  LTE = 'LTE',
  LT = 'LT',
  EQ = 'EQ',
  BETWEEN = 'BETWEEN',
}

/** Where a campaign stands: authored as a draft, then published (answering opens); closing is Campaign.closedOn. */
export enum CampaignState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum Status {
  NOT_DUE = 'NOT_DUE',
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

export enum Authority {
  LOCAL = 'LOCAL',
  PROVIDED_SYSTEM = 'PROVIDED_SYSTEM',
  BOTH = 'BOTH',
}

export enum TaskAssigner {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  COMMUNE_CHAIR = 'COMMUNE_CHAIR',
}

export enum TaskStatus {
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  IN_PROGRESS = 'IN_PROGRESS',
  OVERDUE = 'OVERDUE',
}

export enum Role {
  COMMUNE_BLOC_OFFICER = 'COMMUNE_BLOC_OFFICER',
  COMMUNE_LEADER = 'COMMUNE_LEADER',
  PROVINCE_BLOC_OFFICER = 'PROVINCE_BLOC_OFFICER',
  PROVINCE_OVERSEER = 'PROVINCE_OVERSEER',
  NATIONAL_OVERSEER = 'NATIONAL_OVERSEER',
  API_CLIENT = 'API_CLIENT',
  ADMINISTRATOR = 'ADMINISTRATOR',
  INSPECTION_COMMITTEE = 'INSPECTION_COMMITTEE',
}

/** Where an overseer's check of a claimed "met" stands; a new answer is a new, unverified claim. */
export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

export enum VerificationDecision {
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
}

/** What a history row records: a unit's answer or an overseer's verification of it. */
export enum AssessmentChangeKind {
  ANSWER = 'ANSWER',
  VERIFICATION = 'VERIFICATION',
  RULE_CHANGE = 'RULE_CHANGE',
}

registerEnumType(Bloc, {
  name: 'Bloc',
  description:
    'Bloc (khối) of the political system a unit belongs to; every province and every commune has one unit of each.',
  valuesConfig: {
    PARTY: { description: 'Party committee (Đảng ủy; Tỉnh ủy at province level).' },
    PEOPLES_COUNCIL: { description: "People's Council (HĐND)." },
    PEOPLES_COMMITTEE: { description: "People's Committee (UBND)." },
    FATHERLAND_FRONT: { description: 'Fatherland Front committee (MTTQ).' },
  },
});
registerEnumType(Level, {
  name: 'Level',
  description: 'Administrative level (cấp): province or commune.',
  valuesConfig: {
    PROVINCE: { description: 'Province level (cấp tỉnh): one of the 34 provinces and centrally-run cities.' },
    COMMUNE: { description: 'Commune level (cấp xã): a commune, ward or special zone.' },
  },
});
registerEnumType(CommuneKind, {
  name: 'CommuneKind',
  description: 'Kind of commune-level area: xã, phường or đặc khu.',
  valuesConfig: {
    COMMUNE: { description: 'A rural commune (xã).' },
    WARD: { description: 'An urban ward (phường).' },
    SPECIAL_ZONE: { description: 'A special zone (đặc khu), mostly island districts.' },
  },
});
registerEnumType(AnswerType, {
  name: 'AnswerType',
  description: 'How a criterion is answered, and so which field of an answer (AnswerValue) carries the value.',
  valuesConfig: {
    BOOLEAN: { description: 'Yes or no (có / không); met when yes.' },
    SINGLE_CHOICE: { description: "One option out of the criterion's options; met when the chosen option passes." },
    MULTI_CHOICE: { description: 'Any number of ticked options; met when every required option is ticked.' },
    NUMBER: {
      description: 'A number (often a percentage); met when it compares with the target as the comparator says.',
    },
    PERCENT: {
      description:
        'A percentage from 0 to 100 (chỉ tiêu %); met when it compares with the target as the comparator says.',
    },
    TEXT: { description: 'Free text (a description); never counted as met or unmet.' },
  },
});
registerEnumType(Comparator, {
  name: 'Comparator',
  description: "How a NUMBER answer is compared with the criterion's target: answer <comparator> target.",
  valuesConfig: {
    GTE: { description: 'At least the target (≥).' },
    GT: { description: 'More than the target (>).' },
    LTE: { description: 'At most the target (≤).' },
    LT: { description: 'Less than the target (<).' },
    EQ: { description: 'Exactly the target (=).' },
    BETWEEN: { description: 'From the target to targetMax, both included.' },
  },
});
registerEnumType(CampaignState, {
  name: 'CampaignState',
  description: 'Where a campaign stands: a draft its authors are still writing, or published to the units.',
  valuesConfig: {
    DRAFT: { description: 'Bản nháp: visible only to its authors; criteria may be added, edited, reordered, removed.' },
    PUBLISHED: {
      description: 'Đã ban hành: units see and answer it; criteria change only through new versions.',
    },
  },
});
registerEnumType(Status, {
  name: 'Status',
  description: 'Computed status (trạng thái) in one campaign, never typed in: XANH, VÀNG, ĐỎ, or CHƯA ĐẾN HẠN.',
  valuesConfig: {
    NOT_DUE: {
      description:
        'Not yet due (chưa đến hạn): no criterion is due yet, so there is nothing to be green about; counted apart from the three colours.',
    },
    GREEN: { description: 'Green (xanh): every criterion due so far is met.' },
    YELLOW: {
      description:
        "Yellow (vàng): reported and at least the campaign's threshold met (Campaign.redBelowPercent, 50 % by default), but not all.",
    },
    RED: {
      description:
        "Red (đỏ): nothing reported yet, or under the campaign's threshold of due criteria met (50 % by default).",
    },
  },
});
registerEnumType(Authority, {
  name: 'Authority',
  description: 'Who can act on a solution: the unit itself, the province-provided system, or both.',
  valuesConfig: {
    LOCAL: { description: "Within the unit's own power (issue a regulation, hold a meeting)." },
    PROVIDED_SYSTEM: { description: 'The province already deployed the system; the unit only has to use it and tick.' },
    BOTH: { description: "Partly the unit's own action, partly a system the province provides." },
  },
});
registerEnumType(TaskAssigner, {
  name: 'TaskAssigner',
  description: 'Who assigned a plan task (nhiệm vụ).',
  valuesConfig: {
    CENTRAL: { description: 'The central steering committee (Trung ương).' },
    PROVINCE: { description: 'The province (tỉnh).' },
    COMMUNE_CHAIR: { description: "The commune People's Committee chair (Chủ tịch UBND xã)." },
  },
});
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Computed status of a task as of a date, from its deadline and completion date.',
  valuesConfig: {
    DONE_ON_TIME: { description: 'Completed on or before the deadline (hoàn thành đúng hạn).' },
    DONE_LATE: { description: 'Completed after the deadline (hoàn thành quá hạn).' },
    IN_PROGRESS: { description: 'Not completed, deadline not yet passed (đang thực hiện).' },
    OVERDUE: { description: 'Not completed and the deadline has passed (quá hạn).' },
  },
});
registerEnumType(Role, {
  name: 'Role',
  description:
    'Role (vai trò) granted to an account; a grant also carries the province, commune and/or bloc it is limited to.',
  valuesConfig: {
    COMMUNE_BLOC_OFFICER: { description: "Commune bloc officer: reads and answers one bloc's unit in one commune." },
    COMMUNE_LEADER: { description: 'Commune leader: reads the four blocs of one commune; answers nothing.' },
    PROVINCE_BLOC_OFFICER: {
      description:
        'Province bloc officer: answers the province unit of one bloc and reads that bloc in every commune of the province.',
    },
    PROVINCE_OVERSEER: {
      description:
        'Province overseer (giám sát tỉnh): reads the whole province, sets solutions, deadlines and tasks, creates API tokens.',
    },
    NATIONAL_OVERSEER: {
      description: 'National overseer: reads the whole country, owns the catalog, campaigns and national tasks.',
    },
    API_CLIENT: { description: 'A third-party tool: read-only, nation-wide or limited to one province.' },
    ADMINISTRATOR: {
      description: 'Manages accounts, role grants and API tokens; sees no assessment data by that alone.',
    },
    INSPECTION_COMMITTEE: {
      description:
        "Inspection committee member (Ủy ban Kiểm tra) of a province or one commune: reads the figures and reports there, reviews the supervision reports addressed to it, follows recommendations up; never edits a unit's answers or reports.",
    },
  },
});
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'Verification (xác minh) of a claimed "met" by an overseer: not yet checked, confirmed, or rejected.',
  valuesConfig: {
    UNVERIFIED: { description: 'Not checked yet (chưa xác minh); every new answer starts here.' },
    CONFIRMED: { description: 'An overseer confirmed the claim (đã xác nhận).' },
    REJECTED: { description: 'An overseer rejected the claim (bị bác bỏ); it never counts as met.' },
  },
});
registerEnumType(VerificationDecision, {
  name: 'VerificationDecision',
  description: 'An overseer\'s decision on a claimed "met".',
  valuesConfig: {
    CONFIRM: { description: 'The evidence proves the criterion is met.' },
    REJECT: { description: 'The claim is not proven; a reason is required.' },
  },
});
registerEnumType(AssessmentChangeKind, {
  name: 'AssessmentChangeKind',
  description: "What changed an assessment: a unit's answer or an overseer's verification.",
  valuesConfig: {
    ANSWER: { description: 'The unit answered (a new claim, unverified).' },
    VERIFICATION: { description: 'An overseer confirmed or rejected the claim.' },
    RULE_CHANGE: {
      description: 'A new version of the criterion took effect and the same answer was judged again under it.',
    },
  },
});
