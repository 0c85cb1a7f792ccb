import type { EntityManager } from '@mikro-orm/postgresql';
import { recordChange } from '../audit/audit.service';
import type { Access } from '../auth/access';
import { findPermitted } from '../database/paginate';
import { dateOrToday } from '../domain/dates';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { notifyRoundsOpened } from '../notification/round-opened';
import { findProvince } from '../province/province.service';
import { findReportTemplate } from './report-template.service';
import { ScheduleFrequency } from './report.enums';
import { ReportingRound, ReportSchedule } from './reporting-round.entity';
import { openDueRounds } from './rounds';
import type { CreateReportScheduleInput } from './submission.inputs';

export async function createReportSchedule(
  em: EntityManager,
  access: Access,
  input: CreateReportScheduleInput,
): Promise<ReportSchedule> {
  const template = await findReportTemplate(em, access, input.templateId);
  const province = input.provinceId ? await findProvince(em, access, { id: input.provinceId }) : undefined;
  if (template.province && template.province.id !== province?.id)
    throw badInput('Mẫu của một tỉnh chỉ giao được cho các đơn vị của tỉnh đó.', 'provinceId');
  access.assert('manage', 'ReportSchedule', { province: province ?? null });
  if (!input.blocs.length) throw badInput('Cần ít nhất một khối.', 'blocs');
  const startsOn = dateOrToday(input.startsOn, 'startsOn');
  if (input.frequency === ScheduleFrequency.ONCE) {
    if (!input.dueOn || dateOrToday(input.dueOn, 'dueOn') < startsOn)
      throw badInput('Kỳ một lần cần hạn nộp (dueOn) không trước ngày bắt đầu.', 'dueOn');
  } else if (!Number.isInteger(input.dueDay) || input.dueDay! < 1 || input.dueDay! > 31) {
    throw badInput('Hạn nộp hằng tháng/quý cần ngày từ 1 đến 31 (dueDay).', 'dueDay');
  }
  return em.transactional(async (tx) => {
    const schedule = tx.create(ReportSchedule, {
      template,
      level: input.level ?? template.level,
      blocs: [...new Set(input.blocs)],
      province,
      frequency: input.frequency,
      dueDay: input.frequency === ScheduleFrequency.ONCE ? undefined : input.dueDay,
      startsOn,
      dueOn: input.frequency === ScheduleFrequency.ONCE ? input.dueOn : undefined,
    });
    await recordChange(tx, access.viewer!, {
      action: 'CREATE',
      objectType: 'ReportSchedule',
      object: schedule,
      province,
      changes: { ...input },
    });
    await notifyRoundsOpened(tx, await openDueRounds(tx, undefined, [schedule.id]));
    return schedule;
  });
}

export async function listRounds(
  em: EntityManager,
  access: Access,
  filter: { templateId?: string; scheduleId?: string },
): Promise<ReportingRound[]> {
  const where = access.readable<ReportingRound>('ReportingRound', {
    ...(filter.templateId ? { template: parseId(filter.templateId, 'templateId') } : {}),
    ...(filter.scheduleId ? { schedule: parseId(filter.scheduleId, 'scheduleId') } : {}),
  });
  return where === null ? [] : em.find(ReportingRound, where, { orderBy: { periodStart: 'desc', id: 'desc' } });
}

export async function findRound(em: EntityManager, access: Access, id: string | number): Promise<ReportingRound> {
  const round = await findPermitted(
    em,
    ReportingRound,
    access.readable<ReportingRound>('ReportingRound', { id: parseId(id, 'roundId') }),
  );
  if (!round) throw notFound('kỳ báo cáo', id);
  return round;
}
