import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { Access } from '../auth/access';
import { query, sql } from '../database/sql';
import { percent } from '../domain/percent';
import type { ReportTemplate } from './report-template.entity';
import { ReportFieldKind, SubmissionStatus, Verdict, VERDICT_LABEL } from './report.enums';
import type { ReportingRound } from './reporting-round.entity';
import { templateFields } from './report-values';

@ObjectType({ description: "One unit's report in a round, as the round dashboard lists it." })
export class RoundUnitStatus {
  @Field(() => ID, { description: 'Id of the unit.' })
  unitId!: string;

  @Field({ description: "The unit's name." })
  unitName!: string;

  @Field(() => ID, { description: 'Id of its submission.' })
  submissionId!: string;

  @Field(() => SubmissionStatus, { description: 'Where its report stands.' })
  status!: SubmissionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was first submitted; empty if never.' })
  firstSubmittedAt?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Submitted after the due date; empty while not submitted.' })
  late?: boolean;
}

@ObjectType({ description: 'How one bloc or area was judged across the round: "12/15 Đảm bảo".' })
export class VerdictCount {
  @Field({ description: 'Key of the VERDICT field.' })
  fieldKey!: string;

  @Field({ description: 'The field\'s prompt, with its section number ("5. Hạ tầng…").' })
  fieldLabel!: string;

  @Field({ description: 'Key of the bloc or area.' })
  subjectKey!: string;

  @Field({ description: 'Name of the bloc or area.' })
  subjectLabel!: string;

  @Field(() => Int, { description: 'Judged Đảm bảo.' })
  assured!: number;

  @Field(() => Int, { description: 'Judged Chưa đảm bảo hoàn toàn.' })
  partlyAssured!: number;

  @Field(() => Int, { description: 'Judged Chưa đảm bảo.' })
  notAssured!: number;

  @Field(() => Int, { description: 'Reports giving a verdict for it.' })
  judged!: number;

  @Field({ description: 'As the consolidated report prints it, e.g. "12/15 Đảm bảo".' })
  text!: string;
}

@ObjectType({
  description:
    "A round's consolidation over the units the caller reads (one province or the nation), computed from the submissions: status of every unit, on-time rate, who has not submitted, change since the last round, verdict counts.",
})
export class RoundConsolidation {
  @Field(() => Int, { description: 'Units in scope (each has a submission).' })
  total!: number;

  @Field(() => Int, { description: 'Submitted at least once.' })
  submitted!: number;

  @Field(() => Int, { description: 'First submitted on or before the due date.' })
  onTime!: number;

  @Field(() => Int, { description: 'First submitted after the due date.' })
  late!: number;

  @Field(() => Int, { description: 'Never submitted.' })
  notSubmitted!: number;

  @Field(() => Int, { description: 'Waiting for review (SUBMITTED).' })
  awaitingReview!: number;

  @Field(() => Int, { description: 'Returned, not yet resubmitted.' })
  returned!: number;

  @Field(() => Int, { description: 'Accepted.' })
  accepted!: number;

  @Field(() => Float, { description: 'onTime / total in percent, 2 decimals half-to-even (60/99 = 60.61).' })
  onTimePercent!: number;

  @Field(() => Float, {
    nullable: true,
    description: "The previous round's on-time rate over the same units; empty for the first round.",
  })
  previousOnTimePercent?: number;

  @Field(() => Float, { nullable: true, description: 'onTimePercent − previousOnTimePercent, in points.' })
  onTimeChange?: number;

  @Field(() => [RoundUnitStatus], { description: 'The units that have not submitted, by name.' })
  notSubmittedUnits!: RoundUnitStatus[];

  @Field(() => [RoundUnitStatus], { description: 'Every unit in scope, by name.' })
  units!: RoundUnitStatus[];

  @Field(() => [VerdictCount], {
    description: "Verdict counts per field and subject (the reviewer's verdict where recorded, else the unit's own).",
  })
  verdicts!: VerdictCount[];
}

interface Row {
  unit_id: number;
  unit_name: string;
  submission_id: number;
  status: SubmissionStatus;
  first_submitted_at: Date | null;
  late: boolean | null;
  values: Record<string, unknown> | null;
  review_verdicts: Record<string, Record<string, string>> | null;
}

function rowsOf(
  em: EntityManager,
  access: Access,
  roundId: number,
  provinceId: number | undefined,
  withValues: boolean,
) {
  return query<Row>(
    em,
    sql`select u.id as unit_id, u.name as unit_name, s.id as submission_id, s.status, s.first_submitted_at,
            case when s.first_submitted_at is null then null
                 else (s.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > r.due_on end as late,
            ${withValues ? sql`s."values", s.review_verdicts` : sql`null as "values", null as review_verdicts`}
     from report_submission s join unit u on u.id = s.unit_id join reporting_round r on r.id = s.round_id
     where s.round_id = ${roundId} and ${provinceId === undefined ? sql`true` : sql`s.province_id = ${provinceId}`}
       and (${access.unitScope(em)})
     order by u.name, u.id`,
  );
}

const onTimePercentOf = (rows: Row[]) => percent(rows.filter((r) => r.late === false).length, rows.length);

function countVerdicts(template: ReportTemplate, rows: Row[]): VerdictCount[] {
  const counts: VerdictCount[] = [];
  for (const section of template.sections) {
    for (const field of section.fields.filter((f) => f.kind === ReportFieldKind.VERDICT)) {
      for (const subject of field.subjects ?? []) {
        const given = rows
          .map(
            (r) =>
              r.review_verdicts?.[field.key]?.[subject.key] ??
              (r.values?.[field.key] as Record<string, string> | undefined)?.[subject.key],
          )
          .filter((v): v is Verdict => !!v);
        const of = (verdict: Verdict) => given.filter((v) => v === verdict).length;
        counts.push({
          fieldKey: field.key,
          fieldLabel: `${section.number}. ${section.title} — ${field.label}`,
          subjectKey: subject.key,
          subjectLabel: subject.label,
          assured: of(Verdict.ASSURED),
          partlyAssured: of(Verdict.PARTLY_ASSURED),
          notAssured: of(Verdict.NOT_ASSURED),
          judged: given.length,
          text: `${of(Verdict.ASSURED)}/${given.length} ${VERDICT_LABEL.ASSURED}`,
        });
      }
    }
  }
  return counts;
}

const unitStatus = (r: Row): RoundUnitStatus => ({
  unitId: String(r.unit_id),
  unitName: r.unit_name,
  submissionId: String(r.submission_id),
  status: r.status,
  firstSubmittedAt: r.first_submitted_at ?? undefined,
  late: r.late ?? undefined,
});

/** The round's figures over the caller's units, optionally one province's; never stored, always from the submissions. */
export async function consolidateRound(
  em: EntityManager,
  access: Access,
  round: ReportingRound,
  template: ReportTemplate,
  provinceId?: number,
): Promise<RoundConsolidation> {
  const rows = await rowsOf(
    em,
    access,
    round.id,
    provinceId,
    templateFields(template).some((f) => f.kind === ReportFieldKind.VERDICT),
  );
  const [previous] = await query<{ id: number }>(
    em,
    sql`select id from reporting_round where schedule_id = ${round.schedule.id} and period_start < ${round.periodStart} order by period_start desc limit 1`,
  );
  const before = previous ? await rowsOf(em, access, previous.id, provinceId, false) : [];
  const count = (test: (r: Row) => boolean) => rows.filter(test).length;
  const onTimePercent = onTimePercentOf(rows);
  const previousOnTimePercent = before.length ? onTimePercentOf(before) : undefined;
  return {
    total: rows.length,
    submitted: count((r) => r.first_submitted_at !== null),
    onTime: count((r) => r.late === false),
    late: count((r) => r.late === true),
    notSubmitted: count((r) => r.first_submitted_at === null),
    awaitingReview: count((r) => r.status === SubmissionStatus.SUBMITTED),
    returned: count((r) => r.status === SubmissionStatus.RETURNED),
    accepted: count((r) => r.status === SubmissionStatus.ACCEPTED),
    onTimePercent,
    previousOnTimePercent,
    onTimeChange:
      previousOnTimePercent === undefined ? undefined : Math.round((onTimePercent - previousOnTimePercent) * 100) / 100,
    notSubmittedUnits: rows.filter((r) => r.first_submitted_at === null).map(unitStatus),
    units: rows.map(unitStatus),
    verdicts: countVerdicts(template, rows),
  };
}
