import type { Status } from '../gql/graphql';

/**
 * The class a province is drawn in on the national map, from its communes' statuses, by the
 * product's default rule one level up: GREEN when every commune taking part is green, RED when
 * under half are (report 003 counts provinces "phủ XANH hơn 50% số xã, phường"), else YELLOW.
 * Null when no commune of the province takes part in the campaign, NOT_DUE while none has anything due.
 */
export function provinceClass(counts: { green: number; notDue: number; total: number }): Status | null {
  if (counts.total === 0) return null;
  if (counts.notDue === counts.total) return 'NOT_DUE';
  if (counts.green === counts.total) return 'GREEN';
  return counts.green * 2 < counts.total ? 'RED' : 'YELLOW';
}

/** Worst first: the order in which the map's list and the table's class column put provinces. */
export const CLASS_SEVERITY: Record<Status | 'NONE', number> = { RED: 0, YELLOW: 1, GREEN: 2, NOT_DUE: 3, NONE: 4 };

export const CLASS_RULE: Record<Status, string> = {
  RED: 'dưới 50 % xã, phường xanh',
  YELLOW: 'từ 50 % đến dưới 100 % xã, phường xanh',
  GREEN: '100 % xã, phường xanh',
  NOT_DUE: 'chưa xã, phường nào đến hạn đánh giá',
};
