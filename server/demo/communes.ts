import { CommuneKind } from '../domain/enums';
import type { DemoCommune, DemoProvince } from './demo-data-set';
import { facts } from './sources';

export interface CommuneDirectory {
  provinces: DemoProvince[];
  communes: DemoCommune[];
  /** Each province's communes in code order. */
  byProvince: ReadonlyMap<string, readonly DemoCommune[]>;
  /** The code of a commune the reports name; throws for a name the data set does not hold. */
  codeOf(provinceCode: string, name: string): string;
}

const KIND_BY_PREFIX: ReadonlyArray<[string, CommuneKind]> = [
  ['Phường ', CommuneKind.WARD],
  ['Xã ', CommuneKind.COMMUNE],
  ['Đặc khu ', CommuneKind.SPECIAL_ZONE],
];

function kindOfName(name: string): CommuneKind {
  const match = KIND_BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
  if (!match) throw new Error(`Cannot tell the kind of commune "${name}"`);
  return match[1];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const communeCodeOf = (provinceCode: string, index: number): string => `${provinceCode}-${pad(index + 1, 3)}`;

/** The only communes the reports name: Bắc Ninh's (report 000) and Phú Thịnh (report 001). */
function reportedNames(): Map<string, string[]> {
  const { bacNinh, planTasks } = facts;
  const listed = Object.values(bacNinh.blocs).flatMap((bloc) => bloc.items.flatMap((item) => item.communes));
  return new Map([
    [bacNinh.provinceCode, [...new Set([...bacNinh.communesNamed, ...listed])]],
    [planTasks.communeExample.provinceCode, [planTasks.communeExample.commune]],
  ]);
}

function provinceCommunes(provinceCode: string, count: number, names: readonly string[]): DemoCommune[] {
  if (names.length > count) throw new Error(`${provinceCode}: ${names.length} named communes exceed its ${count}`);
  return Array.from({ length: count }, (_, index) => {
    const name = names[index];
    return {
      provinceCode,
      code: communeCodeOf(provinceCode, index),
      name: name ?? `Xã minh họa ${pad(index + 1, 3)}`,
      kind: name ? kindOfName(name) : CommuneKind.COMMUNE,
      nameIsGenerated: name === undefined,
    };
  });
}

export function buildCommuneDirectory(): CommuneDirectory {
  const named = reportedNames();
  const byProvince = new Map(
    facts.provinces.map((p) => [p.code, provinceCommunes(p.code, p.communeCount, named.get(p.code) ?? [])]),
  );
  const codeByName = new Map([...byProvince.values()].flat().map((c) => [`${c.provinceCode}/${c.name}`, c.code]));
  return {
    provinces: facts.provinces.map((p) => ({ code: p.code, name: p.name })),
    communes: [...byProvince.values()].flat(),
    byProvince,
    codeOf(provinceCode, name) {
      const code = codeByName.get(`${provinceCode}/${name}`);
      if (!code) throw new Error(`No commune "${name}" in ${provinceCode}`);
      return code;
    },
  };
}
