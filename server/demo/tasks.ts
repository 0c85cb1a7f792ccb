import { Bloc, TaskAssigner } from '../domain/enums';
import type { CommuneDirectory } from './communes';
import type { DemoTask } from './demo-data-set';
import { facts, parseAssigner } from './sources';

const national = facts.planTasks.national;
const phuThinh = facts.planTasks.communeExample;

type NationalTaskFact = (typeof national.tasks)[number];

/**
 * Phụ lục 2 lists every task overdue and not done on the report date, so a task past its
 * deadline that it does not list was done; the report gives no date, so its deadline stands in
 * (done on time). A task not yet due (or without a deadline) stays open.
 */
function nationalCompletedOn(task: NationalTaskFact): string | null {
  const pastDue = task.deadline !== null && task.deadline < national.asOf;
  return pastDue && !task.overdueNotDoneAsOf20250922 ? task.deadline : null;
}

/** A task owned by a province (e.g. Cao Bằng's T11) belongs to that province's picture too. */
function ownerProvinceCode(owners: readonly string[]): string | null {
  return facts.provinces.find((p) => owners.includes(p.name))?.code ?? null;
}

function nationalTask(task: NationalTaskFact): DemoTask {
  return {
    code: task.id,
    title: task.text,
    group: task.group,
    groupName: task.groupName,
    ownerUnit: null,
    ownerName: task.owners.join('; '),
    assignedBy: TaskAssigner.CENTRAL,
    provinceCode: ownerProvinceCode(task.owners),
    deadline: task.deadline,
    recurrence: task.recurrence ?? null,
    completedOn: nationalCompletedOn(task),
    startedOn: null,
  };
}

/**
 * Report 001 gives statuses, not dates: work done or under way started with the commune's 2026
 * plan (Kế hoạch 39/KH-UBND of 30/01/2026), and done work counts as done by the report date.
 */
const PHU_THINH_PLAN_DATE = '2026-01-30';
const PHU_THINH_DATES: Readonly<Record<string, Pick<DemoTask, 'startedOn' | 'completedOn'>>> = {
  DONE: { startedOn: PHU_THINH_PLAN_DATE, completedOn: phuThinh.asOf },
  IN_PROGRESS: { startedOn: PHU_THINH_PLAN_DATE, completedOn: null },
  NOT_STARTED: { startedOn: null, completedOn: null },
};

function phuThinhTasks(directory: CommuneDirectory): DemoTask[] {
  const ownerUnit = {
    bloc: Bloc.PEOPLES_COMMITTEE,
    provinceCode: phuThinh.provinceCode,
    communeCode: directory.codeOf(phuThinh.provinceCode, phuThinh.commune),
  };
  return phuThinh.tasks.map((task) => {
    const dates = PHU_THINH_DATES[task.status];
    if (!dates) throw new Error(`Unknown task status "${task.status}"`);
    return {
      code: `PHU-THINH-${String(task.n).padStart(2, '0')}`,
      title: task.text,
      group: null,
      groupName: null,
      ownerUnit: { ...ownerUnit },
      ownerName: null,
      assignedBy: parseAssigner(task.assignedBy),
      provinceCode: phuThinh.provinceCode,
      deadline: null,
      recurrence: null,
      ...dates,
    };
  });
}

export function buildTasks(directory: CommuneDirectory): DemoTask[] {
  return [...national.tasks.map(nationalTask), ...phuThinhTasks(directory)];
}
