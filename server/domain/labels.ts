import type { Bloc } from './enums';

/** How officials name the blocs in unit names and tables. */
export const BLOC_LABEL: Record<Bloc, string> = {
  PARTY: 'Đảng ủy',
  PEOPLES_COUNCIL: 'HĐND',
  PEOPLES_COMMITTEE: 'UBND',
  FATHERLAND_FRONT: 'MTTQ',
};
