import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { recordChange } from '../audit/audit.service';
import { query, sql } from '../database/sql';
import { badInput, notFound } from '../graphql/errors';
import type { AddresseeFollowUps } from './follow-up.types';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubjectName } from '../auth/ability';
import type { Access } from '../auth/access';
import { findPermitted, paginate } from '../database/paginate';
import type { PageWindow } from '../graphql/connection';
import { parseId } from '../graphql/ids';
import { dateOrToday, todayInVietnam } from '../domain/dates';
import { FollowUpSource, FollowUpStatus } from '../report/report.enums';
import { UNIT_REPORT_TABLES, type UnitReport } from './unit-report';
import type { UnitReportFilter, UpdateFollowUpInput } from './unit-report.inputs';

/** Lists obstacles or recommendations: they are filtered alike. */
export function listUnitReports<T extends UnitReport>(
  em: EntityManager,
  access: Access,
  entity: EntityName<T>,
  subject: SubjectName,
  filter: UnitReportFilter = {},
  window: PageWindow,
) {
  const where = () =>
    ({
      ...(filter.provinceId || filter.communeId
        ? {
            unit: {
              ...(filter.provinceId ? { province: parseId(filter.provinceId, 'provinceId') } : {}),
              ...(filter.communeId ? { commune: parseId(filter.communeId, 'communeId') } : {}),
            },
          }
        : {}),
      ...(filter.bloc ? { bloc: filter.bloc } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.addressee ? { addressee: filter.addressee } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.source ? { source: filter.source } : {}),
      ...(filter.overdue ? { status: { $ne: FollowUpStatus.RESOLVED }, dueOn: { $lt: todayInVietnam() } } : {}),
    }) as FilterQuery<T>;
  return paginate(em, entity, () => access.readable(subject, where()), window);
}

/** Days since it was reported, as of a date. */
export function ageInDays(report: Pick<UnitReport, 'reportedOn'>, asOf: string): number {
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${report.reportedOn}T00:00:00Z`)) / 86_400_000);
}

export const isOverdue = (report: Pick<UnitReport, 'status' | 'dueOn'>, asOf: string) =>
  report.status !== FollowUpStatus.RESOLVED && !!report.dueOn && report.dueOn < asOf;

/** Records the addressee's answer, a new status or due date; the receiving level of the unit's province, audited. */
export async function updateFollowUp<T extends UnitReport>(
  em: EntityManager,
  access: Access,
  entity: EntityName<T>,
  subject: 'Obstacle' | 'Recommendation',
  input: UpdateFollowUpInput,
): Promise<T> {
  const report = await findPermitted(
    em,
    entity,
    access.readable<T>(subject, { id: parseId(input.id) } as FilterQuery<T>),
  );
  if (!report) throw notFound(subject === 'Obstacle' ? 'vướng mắc' : 'kiến nghị', input.id);
  await em.populate(report, ['unit'] as never);
  access.assert('follow', subject, report);
  if (input.answer !== undefined && input.answer !== null) {
    const answer = input.answer.normalize('NFC').trim();
    if (answer.length > 5000) throw badInput('Nội dung trả lời tối đa 5.000 ký tự.', 'answer');
    report.answer = answer || undefined;
    report.answeredAt = answer ? new Date() : undefined;
  }
  if (input.dueOn) report.dueOn = dateOrToday(input.dueOn, 'dueOn');
  if (input.status) {
    if (input.status === FollowUpStatus.ANSWERED && !report.answer)
      throw badInput('Cần ghi nội dung trả lời trước khi chuyển sang "đã trả lời".', 'answer');
    report.status = input.status;
    report.resolvedAt = input.status === FollowUpStatus.RESOLVED ? new Date() : undefined;
  }
  await recordChange(em, access.viewer!, {
    action: 'FOLLOW_UP',
    objectType: subject,
    object: report,
    province: report.unit.province,
    changes: { ...input },
  });
  return report;
}

/** Open, answered, resolved and overdue counts per addressee, over what the caller reads. */
export async function followUpsByAddressee(
  em: EntityManager,
  access: Access,
  table: 'obstacle' | 'recommendation',
  provinceId: number | undefined,
): Promise<AddresseeFollowUps[]> {
  const today = sql`cast(${todayInVietnam()} as date)`;
  const rows = await query<AddresseeFollowUps>(
    em,
    sql`select coalesce(r.addressee, '—') as addressee,
            count(*) filter (where r.status = ${FollowUpStatus.OPEN})::int as open,
            count(*) filter (where r.status = ${FollowUpStatus.ANSWERED})::int as answered,
            count(*) filter (where r.status = ${FollowUpStatus.RESOLVED})::int as resolved,
            count(*) filter (where r.status <> ${FollowUpStatus.RESOLVED} and r.due_on < ${today})::int as overdue,
            coalesce(max(${today} - r.reported_on) filter (where r.status <> ${FollowUpStatus.RESOLVED}), 0)::int as "oldestOpenDays"
     from ${UNIT_REPORT_TABLES[table]} r join unit u on u.id = r.unit_id
     where r.source <> ${FollowUpSource.IMPORTED} and ${provinceId === undefined ? sql`true` : sql`u.province_id = ${provinceId}`}
       and (${access.unitScope(em)})
     group by 1 order by overdue desc, open desc, addressee`,
  );
  return rows;
}
