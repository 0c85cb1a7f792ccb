import { GraphQLJSON, GraphQLJSONObject, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';
import { ReviewDecision, ScheduleFrequency, SubmissionStatus } from './report.enums';

@InputType({ description: 'The value of one template field (see ReportFieldKind for its shape); null clears it.' })
export class ReportFieldValueInput {
  @Field({ description: 'Key of the template field.' })
  fieldKey!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The field's value; null clears it." })
  value?: unknown;
}

@InputType({ description: 'Fields of a draft to save; the others keep their value.' })
export class SaveReportDraftInput {
  @Field(() => ID, { description: 'Id of the submission.' })
  submissionId!: string;

  @Field(() => Int, { description: 'The version read; a stale one answers VERSION_CONFLICT and saves nothing.' })
  expectedVersion!: number;

  @Field(() => [ReportFieldValueInput], { description: 'The fields to save.' })
  values!: ReportFieldValueInput[];

  @Field({ nullable: true, description: 'Name printed in the signature block.' })
  signerName?: string;
}

@InputType({ description: "A reviewer's finding, followed up like a unit's recommendation." })
export class ReviewFindingInput {
  @Field({ description: 'What is to be done (Vietnamese), 1–2,000 characters.' })
  text!: string;

  @Field({ nullable: true, description: 'Who is to act; the reporting unit when empty.' })
  addressee?: string;

  @Field({ nullable: true, description: 'Category; "Kết luận giám sát" when empty.' })
  category?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when; 30 days from today when empty.' })
  dueOn?: string;
}

@InputType({ description: "A reviewer's decision on a submitted report." })
export class ReviewReportInput {
  @Field(() => ID, { description: 'Id of the submission.' })
  submissionId!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one answers VERSION_CONFLICT.' })
  expectedVersion?: number;

  @Field(() => ReviewDecision, { description: 'Accept, or return with a comment.' })
  decision!: ReviewDecision;

  @Field({ nullable: true, description: 'Comment to the unit (required to return).' })
  comment?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The reviewer's verdicts by VERDICT field key: {fieldKey: {subjectKey: ASSURED | PARTLY_ASSURED | NOT_ASSURED}}.",
  })
  verdicts?: Record<string, unknown>;

  @Field(() => [ReviewFindingInput], { nullable: true, description: 'Findings to follow up.' })
  findings?: ReviewFindingInput[];
}

@InputType({ description: 'Filters of submission lists; all given filters apply together.' })
export class SubmissionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this round.' })
  roundId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this province.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this unit.' })
  unitId?: string;

  @Field(() => SubmissionStatus, { nullable: true, description: 'Only this status (SUBMITTED: the review queue).' })
  status?: SubmissionStatus;
}

@InputType({ description: 'A new report schedule: a template assigned to a level, blocs and scope.' })
export class CreateReportScheduleInput {
  @Field(() => ID, { description: 'The template.' })
  templateId!: string;

  @Field(() => Level, { description: "Level of the units that report (the template's by default).", nullable: true })
  level?: Level;

  @Field(() => [Bloc], { description: 'Blocs whose units report (at least one).' })
  blocs!: Bloc[];

  @Field(() => ID, { nullable: true, description: 'Only this province; empty: the nation (national templates only).' })
  provinceId?: string;

  @Field(() => ScheduleFrequency, { description: 'Monthly, quarterly or once.' })
  frequency!: ScheduleFrequency;

  @Field(() => Int, { nullable: true, description: 'MONTHLY and QUARTERLY: day of the month a round is due (1–31).' })
  dueDay?: number;

  @Field(() => LocalDateResolver, { description: 'First day of the first period.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'ONCE: the due date (on or after startsOn).' })
  dueOn?: string;
}
