import type { FilterQuery } from '@mikro-orm/core';
import { recordChange } from '../audit/audit.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { forbidden, type Access } from '../auth/access';
import { findProvince } from '../province/province.service';
import { findUnit } from '../unit/unit.service';
import { findPermitted, paginate } from '../database/paginate';
import { TaskAssigner, TaskStatus } from '../domain/enums';
import type { PageWindow } from '../graphql/connection';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import type { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';
import { Task } from './task.entity';

/**
 * A task's status on a date, the one rule of every count and list:
 * - completed by the date: DONE_ON_TIME, or DONE_LATE when completed after its deadline;
 * - with a deadline: OVERDUE once the deadline has passed (on the deadline day itself it is
 *   still IN_PROGRESS);
 * - recurring ("Thường xuyên", no deadline) — the rule "recurring task not under way": such work
 *   is due all along, so it is OVERDUE until its owner reports it started (a start date on or
 *   before the date), IN_PROGRESS after. Report 003 counts it so: of its 7 overdue national
 *   tasks (Phụ lục 2), 6 are past their deadline and the 7th, Cao Bằng's task on digitising
 *   records, is a recurring task with no deadline that no owner reported under way (Phụ lục 7);
 * - open-ended (no deadline, not recurring): IN_PROGRESS, started or not (report 001 counts its
 *   not-started tasks "in progress on time").
 */
export function taskStatus(
  task: Pick<Task, 'deadline' | 'completedOn' | 'recurrence' | 'startedOn'>,
  asOf: string,
): TaskStatus {
  if (task.completedOn && task.completedOn <= asOf) {
    return !task.deadline || task.completedOn <= task.deadline ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
  }
  if (task.deadline) return task.deadline < asOf ? TaskStatus.OVERDUE : TaskStatus.IN_PROGRESS;
  if (task.recurrence) return task.startedOn && task.startedOn <= asOf ? TaskStatus.IN_PROGRESS : TaskStatus.OVERDUE;
  return TaskStatus.IN_PROGRESS;
}

export function listTasks(em: EntityManager, access: Access, filter: TaskFilter = {}, window: PageWindow) {
  const where = (): FilterQuery<Task> | null => {
    const own: FilterQuery<Task> = {
      ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
      ...(filter.ownerUnitId || filter.communeId
        ? {
            ownerUnit: {
              ...(filter.ownerUnitId ? { id: parseId(filter.ownerUnitId, 'ownerUnitId') } : {}),
              ...(filter.communeId ? { commune: parseId(filter.communeId, 'communeId') } : {}),
            },
          }
        : {}),
      ...(filter.national ? { province: null } : {}),
      ...(filter.assignedBy ? { assignedBy: filter.assignedBy } : {}),
    };
    if (!filter.reportable) return own;
    const reportable = access.filter<Task>('report', 'Task');
    return reportable === null ? null : ({ $and: [own, reportable] } as FilterQuery<Task>);
  };
  return paginate(
    em,
    Task,
    () => {
      const own = where();
      return own === null ? null : access.readable('Task', own);
    },
    window,
  );
}

export async function findTask(em: EntityManager, access: Access, id: string): Promise<Task> {
  const task = await findPermitted(em, Task, access.readable<Task>('Task', { id: parseId(id) }));
  if (!task) throw notFound('nhiệm vụ', id);
  return task;
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed || trimmed.length > 2000) throw badInput('Tên nhiệm vụ cần từ 1 đến 2.000 ký tự.', 'title');
  return trimmed;
}

/**
 * Who assigns a new task: an overseer who manages tasks of its province (or the nation) assigns
 * as the province (or the centre); else the commune chair, to one of the commune's units.
 */
function assignerOf(access: Access, province: Task['province'], ownerUnit: Task['ownerUnit']): TaskAssigner {
  if (access.can('manage', 'Task', { province })) return province ? TaskAssigner.PROVINCE : TaskAssigner.CENTRAL;
  if (!ownerUnit) throw forbidden('Lãnh đạo xã chỉ giao nhiệm vụ cho một đơn vị của xã.');
  access.assert('create', 'Task', { ownerUnit });
  return TaskAssigner.COMMUNE_CHAIR;
}

export async function createTask(em: EntityManager, access: Access, input: CreateTaskInput): Promise<Task> {
  const ownerUnit = input.ownerUnitId ? await findUnit(em, access, input.ownerUnitId) : undefined;
  if (ownerUnit && input.provinceId && String(ownerUnit.province.id) !== input.provinceId) {
    throw badInput('Đơn vị chủ trì không thuộc tỉnh đã chọn.', 'provinceId');
  }
  const province = ownerUnit
    ? ownerUnit.province
    : input.provinceId
      ? await findProvince(em, access, { id: input.provinceId })
      : undefined;
  const assignedBy = assignerOf(access, province, ownerUnit);
  const task = em.create(Task, {
    code: `NV-${randomBytes(5).toString('hex').toUpperCase()}`,
    title: checkTitle(input.title),
    group: input.group?.trim() || undefined,
    ownerUnit,
    ownerName: input.ownerName?.trim() || undefined,
    province,
    assignedBy,
    deadline: input.deadline,
    recurrence: input.recurrence?.trim() || undefined,
  });
  const { code, title, group, ownerName, deadline, recurrence } = task;
  await recordChange(em, access.viewer!, {
    action: 'CREATE',
    objectType: 'Task',
    object: task,
    province,
    changes: { code, title, group, ownerUnitId: ownerUnit?.id, ownerName, assignedBy, deadline, recurrence },
  });
  return task;
}

export async function updateTask(em: EntityManager, access: Access, id: string, input: UpdateTaskInput): Promise<Task> {
  const task = await findTask(em, access, id);
  access.assert('manage', 'Task', task);
  if (input.title !== undefined && input.title !== null) task.title = checkTitle(input.title);
  for (const field of ['deadline', 'startedOn', 'completedOn'] as const) {
    if (input[field] !== undefined) task[field] = input[field] ?? undefined;
  }
  await recordChange(em, access.viewer!, {
    action: 'UPDATE',
    objectType: 'Task',
    object: task,
    province: task.province,
    changes: { ...input },
  });
  return task;
}
