import type { DemoCommune, DemoDataSet, DemoResult } from '../../server/demo/demo-data-set';
import { buildNationalDemo } from '../../server/demo/national-demo';
import { categoryOf, REPORT_ITEM_CATEGORIES } from '../../server/demo/report-items';
import bacNinh from '../../server/demo/sources/bac-ninh-2026-01.json';
import criteriaFacts from '../../server/demo/sources/criteria.json';
import nationalStats from '../../server/demo/sources/criteria-national-stats.json';
import reportItems from '../../server/demo/sources/obstacles-recommendations.json';
import oneStop from '../../server/demo/sources/one-stop-readiness.json';
import planTasks from '../../server/demo/sources/plan-tasks.json';
import provincesFacts from '../../server/demo/sources/provinces.json';

const BLOCS = ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'] as const;
type BlocName = (typeof BLOCS)[number];

const provinces = provincesFacts.provinces;
const communeCount = new Map(provinces.map((p) => [p.code, p.communeCount]));
const round2 = (part: number, whole: number): number => Math.round((part * 10000) / whole) / 100;
const metCount = (rows: readonly DemoResult[], criterionCode: string): number =>
  rows.filter((r) => r.metCriterionCodes.includes(criterionCode)).length;
const sameMembers = (a: readonly string[], b: readonly string[]): boolean =>
  [...a].sort().join() === [...b].sort().join();

let data: DemoDataSet;
beforeAll(() => {
  data = buildNationalDemo();
});

const resultsOf = (campaignCode: string): DemoResult[] => data.results.filter((r) => r.campaignCode === campaignCode);
const criteriaOf = (campaignCode: string, bloc?: string) =>
  data.criteria.filter((c) => c.campaignCode === campaignCode && (bloc === undefined || c.bloc === bloc));
const campaign = (code: string) => data.campaigns.find((c) => c.code === code);
const communesOf = (provinceCode: string): DemoCommune[] =>
  data.communes.filter((c) => c.provinceCode === provinceCode);
const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** Every unit answers every criterion of its bloc in the campaign, each exactly once. */
function expectCompleteAnswers(campaignCode: string): void {
  for (const row of resultsOf(campaignCode)) {
    const codes = criteriaOf(campaignCode, row.bloc).map((c) => c.code);
    expect(sameMembers([...row.metCriterionCodes, ...row.unmetCriterionCodes], codes)).toBe(true);
  }
}

/** The communes whose names the reports give, per province. */
function reportedNames(): Map<string, Set<string>> {
  const listed = Object.values(bacNinh.blocs).flatMap((b) => b.items.flatMap((i) => i.communes));
  return new Map([
    ['bac-ninh', new Set([...bacNinh.communesNamed, ...listed])],
    [planTasks.communeExample.provinceCode, new Set([planTasks.communeExample.commune])],
  ]);
}

describe('buildNationalDemo', () => {
  it('is deterministic and uses neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      expect(JSON.stringify(buildNationalDemo())).toBe(JSON.stringify(data));
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });
});

describe('provinces and communes', () => {
  it('holds the 34 provinces of provinces.json', () => {
    expect(data.provinces).toEqual(provinces.map((p) => ({ code: p.code, name: p.name })));
  });

  it('holds exactly communeCount communes per province, coded <province>-NNN from 001', () => {
    expect(data.communes).toHaveLength(provincesFacts.totals.communes);
    for (const p of provinces) {
      const codes = communesOf(p.code).map((c) => c.code);
      expect(codes).toEqual(
        Array.from({ length: p.communeCount }, (_, i) => `${p.code}-${String(i + 1).padStart(3, '0')}`),
      );
    }
  });

  it('uses the real names the reports give and marks the others as generated', () => {
    const named = reportedNames();
    expect(named.get('bac-ninh')?.size).toBe(38);
    for (const [provinceCode, names] of named) {
      const real = communesOf(provinceCode).filter((c) => !c.nameIsGenerated);
      expect(new Set(real.map((c) => c.name))).toEqual(names);
    }
    const generated = data.communes.filter((c) => c.nameIsGenerated);
    const namedCount = [...named.values()].reduce((sum, names) => sum + names.size, 0);
    expect(generated).toHaveLength(provincesFacts.totals.communes - namedCount);
    for (const c of generated) {
      expect(c.name).toMatch(/^Xã minh họa \d{3}$/);
      expect(c.kind).toBe('COMMUNE');
    }
  });

  it('takes the kind from the name prefix', () => {
    const kinds: Record<string, string> = { Phường: 'WARD', Xã: 'COMMUNE', 'Đặc khu': 'SPECIAL_ZONE' };
    for (const c of data.communes.filter((x) => !x.nameIsGenerated)) {
      const prefix = Object.keys(kinds).find((k) => c.name.startsWith(`${k} `));
      expect(prefix && kinds[prefix]).toBe(c.kind);
    }
  });
});

describe('one-stop readiness campaign', () => {
  const code = 'one-stop-2025-09';
  const conditionCount = oneStop.conditions.length;
  /** The only count out of `total` that rounds to the reported percentage. */
  const countFor = (percent: number, total: number): number => {
    const counts = Array.from({ length: total + 1 }, (_, m) => m).filter((m) => round2(m, total) === percent);
    expect(counts).toHaveLength(1);
    return counts[0];
  };
  const reportedCounts = (provinceCode: string): number[] => {
    const reported = oneStop.provinces.find((p) => p.code === provinceCode);
    const percents: Record<string, number> = reported?.percentMeeting ?? {};
    return oneStop.conditions.map((condition) => countFor(percents[condition], communeCount.get(provinceCode) ?? 0));
  };

  it('is the national commune campaign of 22/9/2025', () => {
    expect(campaign(code)).toMatchObject({
      level: 'COMMUNE',
      provinceCode: null,
      asOf: '2025-09-22',
      deadline: '2025-09-22',
    });
  });

  it('has the 16 conditions as DK-01..DK-16 of the People’s Committee', () => {
    const criteria = criteriaOf(code);
    expect(criteria.map((c) => c.text)).toEqual(oneStop.conditions);
    criteria.forEach((c, i) => {
      expect(c).toMatchObject({
        code: `DK-${String(i + 1).padStart(2, '0')}`,
        bloc: 'PEOPLES_COMMITTEE',
        level: 'COMMUNE',
      });
      expect(c).toMatchObject({ answerType: 'BOOLEAN', isPlaceholder: false, position: i + 1 });
    });
  });

  it('answers once per commune, every condition', () => {
    const rows = resultsOf(code);
    expect(rows.map((r) => r.communeCode)).toEqual(data.communes.map((c) => c.code));
    expect(rows.every((r) => r.bloc === 'PEOPLES_COMMITTEE' && r.level === 'COMMUNE')).toBe(true);
    expectCompleteAnswers(code);
  });

  it('reproduces every province’s share of communes meeting each condition', () => {
    const byProvince = groupBy(resultsOf(code), (r) => r.provinceCode);
    for (const p of provinces) {
      const rows = byProvince.get(p.code) ?? [];
      const counts = criteriaOf(code).map((c) => metCount(rows, c.code));
      expect({ province: p.code, counts }).toEqual({ province: p.code, counts: reportedCounts(p.code) });
    }
  });

  it('reproduces the GREEN / YELLOW / RED counts under the campaign’s rule', () => {
    const redBelow = campaign(code)?.redBelowPercent ?? NaN;
    const status = (met: number): string =>
      met === conditionCount ? 'green' : 100 * met < redBelow * conditionCount ? 'red' : 'yellow';
    for (const p of provinces) {
      const rows = resultsOf(code).filter((r) => r.provinceCode === p.code);
      const counts = { green: 0, yellow: 0, red: 0 };
      for (const r of rows) counts[status(r.metCriterionCodes.length) as keyof typeof counts]++;
      expect({ province: p.code, ...counts }).toEqual({
        province: p.code,
        green: p.green,
        yellow: p.yellow,
        red: p.red,
      });
    }
  });

  it('needs a cut above 50 %: under it, some province’s red communes could not meet what the shares force on them', () => {
    const impossibleAtHalf = provinces.filter((p) => {
      const counts = reportedCounts(p.code);
      const forcedOnReds = counts.reduce((sum, c) => sum + Math.max(0, c - (p.communeCount - p.red)), 0);
      return forcedOnReds > p.red * (conditionCount / 2 - 1);
    });
    expect(impossibleAtHalf.map((p) => p.code)).toContain('can-tho');
    expect(campaign(code)?.redBelowPercent).toBeGreaterThan(50);
  });

  it('spreads the green communes rather than putting them first, except in Bắc Ninh', () => {
    const mixed = provinces.filter((p) => p.green > 0 && p.green < p.communeCount);
    for (const p of mixed) {
      const rows = resultsOf(code).filter((r) => r.provinceCode === p.code);
      const greenFirst = rows.slice(0, p.green).every((r) => r.unmetCriterionCodes.length === 0);
      expect({ province: p.code, greenFirst }).toEqual({ province: p.code, greenFirst: false });
    }
    expect(resultsOf(code).filter((r) => r.provinceCode === 'bac-ninh' && r.unmetCriterionCodes.length)).toEqual([]);
  });
});

describe('Plan 02 phase 2, commune level', () => {
  const code = 'plan02-phase2-commune';
  const inReport003 = (c: { sources: string[] }) => c.sources.some((s) => s.startsWith('003'));
  const rate = (met: number, total: number) => met / total;

  it('is the national commune campaign due 01/10/2025', () => {
    expect(campaign(code)).toMatchObject({
      level: 'COMMUNE',
      provinceCode: null,
      asOf: '2025-09-22',
      deadline: '2025-10-01',
    });
    expect(campaign(code)?.redBelowPercent).toBe(50);
  });

  it('lists report 003’s criteria per bloc, then placeholders up to the stated totals', () => {
    for (const bloc of BLOCS) {
      const criteria = criteriaOf(code, bloc);
      const known = criteriaFacts.criteria.filter((c) => c.bloc === bloc && inReport003(c)).map((c) => c.id);
      const stated = criteriaFacts.statedTotals.COMMUNE[bloc];
      expect(criteria).toHaveLength(Math.max(known.length, stated));
      expect(criteria.slice(0, known.length).map((c) => c.code)).toEqual(known);
      criteria.forEach((c, i) => expect(c.position).toBe(i + 1));
      for (const placeholder of criteria.slice(known.length)) {
        expect(placeholder).toMatchObject({ isPlaceholder: true, answerType: 'BOOLEAN', level: 'COMMUNE' });
        expect(placeholder.code).toMatch(/^XA-(DU|UBND|HDND|MTTQ)-P\d{2}$/);
        expect(placeholder.text).toContain('giữ chỗ');
      }
    }
    const fromReport000Only = ['XA-DU-09', 'XA-UBND-13', 'XA-UBND-14'];
    expect(criteriaOf(code).map((c) => c.code)).toEqual(expect.not.arrayContaining(fromReport000Only));
    expect(criteriaOf(code, 'FATHERLAND_FRONT')).toHaveLength(24);
  });

  it('keeps answer types and maps option texts to keys A, B, C…', () => {
    for (const fact of criteriaFacts.criteria.filter(inReport003)) {
      const criterion = criteriaOf(code).find((c) => c.code === fact.id);
      const options = fact.options ?? [];
      expect(criterion?.answerType).toBe(fact.answerType);
      expect(criterion?.options.map((o) => o.label)).toEqual(options);
      expect(criterion?.options.map((o) => o.key)).toEqual(options.map((_, i) => 'ABCDEFGH'[i]));
      const keysOf = (texts: string[] | undefined) => (texts ?? []).map((t) => 'ABCDEFGH'[options.indexOf(t)]);
      expect(criterion?.passingOptionKeys).toEqual(keysOf(fact.passingOptions));
      expect(criterion?.requiredOptionKeys).toEqual(keysOf(fact.requiredOptions));
    }
  });

  it('answers once per commune and bloc, every criterion of the bloc', () => {
    const rows = resultsOf(code);
    expect(rows).toHaveLength(BLOCS.length * provincesFacts.totals.communes);
    for (const bloc of BLOCS) {
      expect(new Set(rows.filter((r) => r.bloc === bloc).map((r) => r.communeCode)).size).toBe(data.communes.length);
    }
    expectCompleteAnswers(code);
  });

  describe.each(nationalStats.criteria.map((s) => [s.criterionId, s] as const))('%s', (_, stat) => {
    const metByProvince = (): Map<string, number> => {
      const rows = groupBy(
        resultsOf(code).filter((r) => r.bloc === stat.bloc),
        (r) => r.provinceCode,
      );
      return new Map(provinces.map((p) => [p.code, metCount(rows.get(p.code) ?? [], stat.criterionId)]));
    };

    it('gives the listed provinces their reported met / total', () => {
      const met = metByProvince();
      for (const listed of stat.lowest) {
        expect(listed.total).toBe(communeCount.get(listed.provinceCode));
        expect({ province: listed.provinceCode, met: met.get(listed.provinceCode) }).toEqual({
          province: listed.provinceCode,
          met: listed.met,
        });
      }
    });

    it('has the reported number of provinces under 50 %', () => {
      const below = [...metByProvince()].filter(([p, met]) => 2 * met < (communeCount.get(p) ?? 0));
      expect(below).toHaveLength(stat.allProvincesBelow50 ? provinces.length : stat.provincesBelow50);
    });

    it('keeps the listed provinces the lowest, no unlisted one tying them', () => {
      const listed = new Set(stat.lowest.map((l) => l.provinceCode));
      const rates = [...metByProvince()].map(([p, met]) => ({ p, rate: rate(met, communeCount.get(p) ?? 1) }));
      const highestListed = Math.max(...rates.filter((r) => listed.has(r.p)).map((r) => r.rate));
      for (const r of rates.filter((x) => !listed.has(x.p))) expect(r.rate).toBeGreaterThan(highestListed);
    });
  });

  it('gives placeholder criteria a met rate of 80–98 % in every province', () => {
    const byProvince = groupBy(resultsOf(code), (r) => r.provinceCode);
    for (const criterion of criteriaOf(code).filter((c) => c.isPlaceholder)) {
      for (const p of provinces) {
        const rows = (byProvince.get(p.code) ?? []).filter((r) => r.bloc === criterion.bloc);
        const share = metCount(rows, criterion.code) / p.communeCount;
        expect(share).toBeGreaterThanOrEqual(0.8);
        expect(share).toBeLessThanOrEqual(0.98);
      }
    }
  });
});

describe('Plan 02 phase 2, province level', () => {
  const code = 'plan02-phase2-province';

  it('is the national province campaign with the implied number of placeholder criteria per bloc', () => {
    expect(campaign(code)).toMatchObject({
      level: 'PROVINCE',
      provinceCode: null,
      asOf: '2025-09-22',
      deadline: '2025-10-01',
    });
    for (const bloc of BLOCS) {
      const criteria = criteriaOf(code, bloc);
      expect(criteria).toHaveLength(criteriaFacts.statedTotals.PROVINCE_PHASE2_IMPLIED[bloc]);
      criteria.forEach((c, i) => {
        expect(c).toMatchObject({ isPlaceholder: true, level: 'PROVINCE', position: i + 1 });
        expect(c.code).toMatch(new RegExp(`^TINH-[A-Z]+-P${String(i + 1).padStart(2, '0')}$`));
      });
    }
  });

  it('reproduces each province’s completion rate per bloc', () => {
    const rows = resultsOf(code);
    expect(rows).toHaveLength(provinces.length * BLOCS.length);
    expectCompleteAnswers(code);
    for (const p of provinces) {
      for (const bloc of BLOCS) {
        const row = rows.filter((r) => r.provinceCode === p.code && r.bloc === bloc);
        expect(row).toHaveLength(1);
        expect(row[0].communeCode).toBeNull();
        const total = row[0].metCriterionCodes.length + row[0].unmetCriterionCodes.length;
        expect(round2(row[0].metCriterionCodes.length, total)).toBe(p.provinceLevelCompletionPercent[bloc]);
      }
    }
  });
});

describe('Bắc Ninh “phủ xanh” campaign, January 2026', () => {
  const code = 'bac-ninh-phu-xanh-2026-01';
  const items = (bloc: BlocName) => bacNinh.blocs[bloc].items;
  const bacNinhResults = () => {
    const names = new Map(communesOf('bac-ninh').map((c) => [c.code, c.name]));
    return resultsOf(code).map((r) => ({ ...r, name: names.get(r.communeCode ?? '') ?? '' }));
  };

  it('is Bắc Ninh’s own commune campaign due 10/01/2026', () => {
    expect(campaign(code)).toMatchObject({
      name: bacNinh.campaign.name,
      level: 'COMMUNE',
      provinceCode: 'bac-ninh',
      asOf: '2026-01-10',
      deadline: bacNinh.campaign.deadline,
      redBelowPercent: 50,
    });
  });

  it('has the full catalog of 92 commune criteria with every criterion the slides refer to', () => {
    expect(criteriaOf(code)).toHaveLength(bacNinh.headline.communeCriteriaTotal);
    for (const bloc of BLOCS) {
      const codes = criteriaOf(code, bloc).map((c) => c.code);
      expect(codes).toHaveLength(criteriaFacts.statedTotals.COMMUNE[bloc]);
      expect(codes).toEqual(expect.arrayContaining(items(bloc).map((i) => i.criterionId)));
      const known = criteriaFacts.criteria.filter((c) => c.bloc === bloc).map((c) => c.id);
      const referenced = new Set(items(bloc).map((i) => i.criterionId));
      const unreferenced = known.filter((id) => !referenced.has(id));
      const excess = Math.max(0, known.length - criteriaFacts.statedTotals.COMMUNE[bloc]);
      expect(known.filter((id) => !codes.includes(id))).toEqual(unreferenced.slice(unreferenced.length - excess));
    }
    expect(criteriaOf(code).map((c) => c.code)).not.toContain('XA-MTTQ-24');
  });

  it('fails each commune on exactly the criteria the slides list for it', () => {
    for (const bloc of BLOCS) {
      const expected = new Map<string, string[]>();
      for (const item of items(bloc)) {
        for (const name of item.communes) expected.set(name, [...(expected.get(name) ?? []), item.criterionId]);
      }
      for (const row of bacNinhResults().filter((r) => r.bloc === bloc)) {
        expect({ commune: row.name, unmet: [...row.unmetCriterionCodes].sort() }).toEqual({
          commune: row.name,
          unmet: (expected.get(row.name) ?? []).sort(),
        });
      }
    }
  });

  it('has 38 communes failing something and 61 of 99 meeting everything', () => {
    const rows = bacNinhResults();
    const { communesTotal, communesNotMeeting, communesMeeting } = bacNinh.headline;
    expect(communeCount.get('bac-ninh')).toBe(communesTotal);
    expect(rows).toHaveLength(BLOCS.length * communesTotal);
    const failing = new Set(rows.filter((r) => r.unmetCriterionCodes.length).map((r) => r.communeCode));
    expect(failing.size).toBe(communesNotMeeting);
    expect(communesTotal - failing.size).toBe(communesMeeting);
    expectCompleteAnswers(code);
  });

  it('matches computedUnmetByCommune per bloc', () => {
    for (const bloc of BLOCS) {
      const counts = Object.fromEntries(
        bacNinhResults()
          .filter((r) => r.bloc === bloc && r.unmetCriterionCodes.length)
          .map((r) => [r.name, r.unmetCriterionCodes.length]),
      );
      expect(counts).toEqual(bacNinh.blocs[bloc].computedUnmetByCommune);
    }
  });

  it('turns every listed solution into a Bắc Ninh solution with its authority', () => {
    const expected = BLOCS.flatMap((bloc) =>
      items(bloc)
        .filter((i) => i.solution !== null)
        .map((i) => ({
          campaignCode: code,
          criterionCode: i.criterionId,
          provinceCode: 'bac-ninh',
          authority: i.authority,
          text: i.solution,
        })),
    );
    expect(data.solutions).toEqual(expected);
  });
});

describe('tasks', () => {
  const national = planTasks.national;
  const phuThinh = planTasks.communeExample;

  it('holds the national tasks as assigned by the centre', () => {
    for (const fact of national.tasks) {
      const task = data.tasks.find((t) => t.code === fact.id);
      expect(task).toMatchObject({
        title: fact.text,
        group: fact.group,
        groupName: fact.groupName,
        ownerUnit: null,
        ownerName: fact.owners.join('; '),
        assignedBy: 'CENTRAL',
        deadline: fact.deadline,
        startedOn: null,
      });
      if (fact.overdueNotDoneAsOf20250922) expect(task?.completedOn).toBeNull();
      const pastDue = fact.deadline !== null && fact.deadline < national.asOf;
      expect(task?.completedOn).toBe(pastDue && !fact.overdueNotDoneAsOf20250922 ? fact.deadline : null);
    }
    expect(data.tasks.find((t) => t.code === 'T11')?.provinceCode).toBe('cao-bang');
  });

  it('holds Phú Thịnh’s 12 tasks for its People’s Committee with the reported progress', () => {
    const communeCode = communesOf(phuThinh.provinceCode).find((c) => c.name === phuThinh.commune)?.code;
    const tasks = data.tasks.filter((t) => t.code.startsWith('PHU-THINH-'));
    expect(tasks).toHaveLength(phuThinh.statedFigures.assigned);
    phuThinh.tasks.forEach((fact, i) => {
      expect(tasks[i]).toMatchObject({
        code: `PHU-THINH-${String(fact.n).padStart(2, '0')}`,
        title: fact.text,
        ownerUnit: { bloc: 'PEOPLES_COMMITTEE', provinceCode: phuThinh.provinceCode, communeCode },
        assignedBy: fact.assignedBy,
        provinceCode: phuThinh.provinceCode,
        deadline: null,
        completedOn: fact.status === 'DONE' ? phuThinh.asOf : null,
      });
      expect(tasks[i].startedOn === null).toBe(fact.status === 'NOT_STARTED');
    });
    expect(tasks.filter((t) => t.completedOn !== null)).toHaveLength(phuThinh.statedFigures.done);
    expect(tasks.filter((t) => t.completedOn === null)).toHaveLength(phuThinh.statedFigures.inProgressOnTime);
  });
});

describe('obstacles and recommendations', () => {
  const NON_ANSWER = /^(Không có (phản hồi|vướng mắc|hoặc chưa có đề xuất)|Chưa có đề xuất)/;
  const rowsFor = (kind: string) => (kind === 'OBSTACLE' ? data.obstacles : data.recommendations);

  it('turns each “text, N of total communes” into N reports by distinct communes of the province', () => {
    for (const appendix of reportItems.appendices) {
      expect(['OBSTACLE', 'RECOMMENDATION']).toContain(appendix.kind);
      const bloc = appendix.bloc ?? 'PEOPLES_COMMITTEE';
      // Phụ lục 6 is the day's; the per-bloc appendices were gathered before it.
      const reportedOn = appendix.bloc === null ? reportItems.asOf : '2025-09-21';
      const rows = groupBy(
        rowsFor(appendix.kind).filter((r) => r.bloc === bloc),
        (r) => `${r.provinceCode}/${r.text}`,
      );
      for (const province of appendix.provinces) {
        for (const item of province.items.filter((i) => !NON_ANSWER.test(i.text))) {
          const found = rows.get(`${province.provinceCode}/${item.text}`) ?? [];
          const communes = new Set(communesOf(province.provinceCode).map((c) => c.code));
          expect(found).toHaveLength(Math.min(item.communes, communes.size));
          expect(new Set(found.map((r) => r.communeCode)).size).toBe(found.length);
          expect(found.every((r) => communes.has(r.communeCode) && r.reportedOn === reportedOn)).toBe(true);
        }
      }
    }
  });

  it('holds nothing else, and no “nothing to report” answers', () => {
    const expectedCount = (kind: string) =>
      reportItems.appendices
        .filter((a) => a.kind === kind)
        .flatMap((a) => a.provinces)
        .flatMap((p) =>
          p.items
            .filter((i) => !NON_ANSWER.test(i.text))
            .map((i) => Math.min(i.communes, communeCount.get(p.provinceCode) ?? 0)),
        )
        .reduce((sum, n) => sum + n, 0);
    expect(data.obstacles).toHaveLength(expectedCount('OBSTACLE'));
    expect(data.recommendations).toHaveLength(expectedCount('RECOMMENDATION'));
    expect([...data.obstacles, ...data.recommendations].filter((r) => NON_ANSWER.test(r.text))).toEqual([]);
  });

  it('categorises by keywords, leaving few rows uncategorised', () => {
    const rows = [...data.obstacles, ...data.recommendations];
    expect(rows.every((r) => REPORT_ITEM_CATEGORIES.includes(r.category) && r.category === categoryOf(r.text))).toBe(
      true,
    );
    expect(rows.filter((r) => r.category === 'Khác').length / rows.length).toBeLessThan(0.01);
    expect(categoryOf('Hệ thống mạng chậm/không ổn định')).toBe('Hạ tầng mạng');
    expect(categoryOf('Phần mềm một cửa thường xuyên bị lỗi')).toBe('Phần mềm, hệ thống');
    expect(categoryOf('Thiếu nhân lực chuyên môn về CNTT')).toBe('Nhân lực');
    expect(categoryOf('Thiếu kinh phí hoạt động')).toBe('Kinh phí');
    expect(categoryOf('Thiếu định danh điện tử mức 2')).toBe('Chữ ký số, định danh');
    expect(categoryOf('Thiết bị cũ, hỏng')).toBe('Thiết bị, hạ tầng CNTT');
    expect(categoryOf('Tập huấn chuyển đổi số cho cán bộ')).toBe('Đào tạo, tập huấn');
  });
});
