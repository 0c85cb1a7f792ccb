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
}

export enum Comparator {
  GTE = 'GTE',
  GT = 'GT',
  LTE = 'LTE',
  LT = 'LT',
  EQ = 'EQ',
}

export enum Status {
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
}

registerEnumType(Bloc, { name: 'Bloc', description: 'Bloc (khối) of the political system a unit belongs to.' });
registerEnumType(Level, { name: 'Level', description: 'Administrative level (cấp): province or commune.' });
registerEnumType(CommuneKind, { name: 'CommuneKind', description: 'Kind of commune-level area: xã, phường or đặc khu.' });
registerEnumType(AnswerType, { name: 'AnswerType', description: 'How a criterion is answered.' });
registerEnumType(Comparator, { name: 'Comparator', description: 'Comparison of a numeric answer with the target.' });
registerEnumType(Status, { name: 'Status', description: 'Computed status (trạng thái): XANH, VÀNG, ĐỎ.' });
registerEnumType(Authority, {
  name: 'Authority',
  description: 'Who can act on a solution: the unit itself, the province-provided system, or both.',
});
registerEnumType(TaskAssigner, { name: 'TaskAssigner', description: 'Who assigned a task.' });
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'Computed status of a task as of a date.' });
registerEnumType(Role, { name: 'Role', description: 'Role granted to an account.' });
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
  description: 'What changed an assessment: a unit\'s answer or an overseer\'s verification.',
  valuesConfig: {
    ANSWER: { description: 'The unit answered (a new claim, unverified).' },
    VERIFICATION: { description: 'An overseer confirmed or rejected the claim.' },
  },
});
