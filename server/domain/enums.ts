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
