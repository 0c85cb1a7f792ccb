import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadPermitted } from '../database/entity-loader';
import { ExportFile } from '../export/export.types';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { consolidateRound, RoundConsolidation } from './consolidation';
import { ReportSubmission, ReportSubmissionVersion } from './report-submission.entity';
import { ReportTemplate } from './report-template.entity';
import { CreateReportTemplateInput, UpdateReportTemplateInput } from './report-template.inputs';
import {
  createReportTemplate,
  findReportTemplate,
  listReportTemplates,
  updateReportTemplate,
} from './report-template.service';
import { submissionDocument } from './report-document';
import { ReportingRound, ReportSchedule } from './reporting-round.entity';
import { createReportSchedule, findRound, listRounds } from './schedule.service';
import {
  CreateReportScheduleInput,
  ReviewReportInput,
  SaveReportDraftInput,
  SubmissionFilter,
} from './submission.inputs';
import {
  findSubmission,
  listSubmissions,
  reopenReport,
  reviewReport,
  saveReportDraft,
  submissionVersions,
  submitReport,
} from './submission.service';
import { vietnamDay } from '../domain/vietnamese-format';
import { SubmissionStatus } from './report.enums';
import { User } from '../user/user.entity';

@ObjectType({
  description: 'What the caller may do with a submission now (for screens; the server checks again on every change).',
})
export class SubmissionPermissions {
  @Field({ description: 'Edit its values (a draft or returned report of an own unit).' })
  write!: boolean;

  @Field({ description: 'Submit it.' })
  submit!: boolean;

  @Field({ description: 'Accept or return it (submitted, addressed to the caller).' })
  review!: boolean;

  @Field({ description: 'Reopen it (accepted by the caller).' })
  reopen!: boolean;
}

export const SubmissionConnection = Connection(ReportSubmission);
export type SubmissionConnection = InstanceType<typeof SubmissionConnection>;

@Resolver(() => ReportTemplate)
export class ReportTemplateResolver {
  @Query(() => [ReportTemplate], { description: 'Report templates (mẫu báo cáo) the caller may read.' })
  reportTemplates(@Ctx() { em, access }: Context): Promise<ReportTemplate[]> {
    return listReportTemplates(em, access);
  }

  @Query(() => ReportTemplate, { description: 'One report template by id.' })
  reportTemplate(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the template.' }) id: string,
  ): Promise<ReportTemplate> {
    return findReportTemplate(em, access, id);
  }

  @Mutation(() => ReportTemplate, {
    description: "Authors a report template (the national overseer; a province overseer for the province's own).",
  })
  createReportTemplate(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The template.' }) input: CreateReportTemplateInput,
  ): Promise<ReportTemplate> {
    return createReportTemplate(em, access, input);
  }

  @Mutation(() => ReportTemplate, { description: 'Changes a report template (who may author it).' })
  updateReportTemplate(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the template.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateReportTemplateInput,
  ): Promise<ReportTemplate> {
    return updateReportTemplate(em, access, id, input);
  }

  @FieldResolver(() => Province, { nullable: true, description: "The province of a province's own template." })
  province(@Root() template: ReportTemplate, @Ctx() { loaders }: Context): Promise<Province> | undefined {
    return template.province ? loadPermitted(loaders.province, template.province.id) : undefined;
  }
}

@Resolver(() => ReportSchedule)
export class ReportScheduleResolver {
  @Mutation(() => ReportSchedule, {
    description:
      'Assigns a template to a level, blocs and scope on a schedule, and opens the rounds already begun (overseers, within their province; the national overseer nation-wide).',
  })
  createReportSchedule(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The schedule.' }) input: CreateReportScheduleInput,
  ): Promise<ReportSchedule> {
    return createReportSchedule(em, access, input);
  }

  @FieldResolver(() => ReportTemplate, { description: 'The template reported on.' })
  template(@Root() schedule: ReportSchedule, @Ctx() { em, access }: Context): Promise<ReportTemplate> {
    return findReportTemplate(em, access, schedule.template.id);
  }

  @FieldResolver(() => [ReportingRound], { description: 'Its rounds, latest first.' })
  rounds(@Root() schedule: ReportSchedule, @Ctx() { em, access }: Context): Promise<ReportingRound[]> {
    return listRounds(em, access, { scheduleId: String(schedule.id) });
  }
}

@Resolver(() => ReportingRound)
export class ReportingRoundResolver {
  @Query(() => [ReportingRound], { description: 'Reporting rounds (kỳ báo cáo) the caller may read, latest first.' })
  reportingRounds(
    @Ctx() { em, access }: Context,
    @Arg('templateId', () => ID, { nullable: true, description: 'Only rounds of this template.' }) templateId?: string,
  ): Promise<ReportingRound[]> {
    return listRounds(em, access, { templateId });
  }

  @Query(() => ReportingRound, { description: 'One reporting round by id.' })
  reportingRound(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the round.' }) id: string,
  ): Promise<ReportingRound> {
    return findRound(em, access, id);
  }

  @FieldResolver(() => ReportTemplate, { description: 'The template of the round.' })
  template(@Root() round: ReportingRound, @Ctx() { em, access }: Context): Promise<ReportTemplate> {
    return findReportTemplate(em, access, round.template.id);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province the round is limited to; empty for a national one.',
  })
  province(@Root() round: ReportingRound, @Ctx() { loaders }: Context): Promise<Province> | undefined {
    return round.province ? loadPermitted(loaders.province, round.province.id) : undefined;
  }

  @FieldResolver(() => RoundConsolidation, {
    description: "The round's consolidation over the units the caller reads, or one province's of them.",
  })
  async consolidation(
    @Root() round: ReportingRound,
    @Ctx() { em, access }: Context,
    @Arg('provinceId', () => ID, { nullable: true, description: 'Only the units of this province.' })
    provinceId?: string,
  ): Promise<RoundConsolidation> {
    const template = await findReportTemplate(em, access, round.template.id);
    return consolidateRound(em, access, round, template, provinceId ? parseId(provinceId, 'provinceId') : undefined);
  }
}

@Resolver(() => ReportSubmission)
export class ReportSubmissionResolver {
  @Query(() => SubmissionConnection, {
    description:
      "Report submissions the caller may read (its own units' drafts; a reviewer's units' reports once submitted), filtered and paged.",
  })
  async reportSubmissions(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => SubmissionFilter, { nullable: true, description: 'Which submissions.' })
    filter?: SubmissionFilter,
  ): Promise<SubmissionConnection> {
    return new SubmissionConnection(await listSubmissions(em, access, filter, pageWindow(page)));
  }

  @Query(() => ReportSubmission, { description: 'One submission by id; NOT_FOUND outside what the caller may read.' })
  reportSubmission(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the submission.' }) id: string,
  ): Promise<ReportSubmission> {
    return findSubmission(em, access, id);
  }

  @Query(() => ExportFile, { description: 'The submission as a Word document in its official layout.' })
  async reportSubmissionDocument(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the submission.' }) id: string,
  ): Promise<ExportFile> {
    return submissionDocument(em, await findSubmission(em, access, id));
  }

  @Mutation(() => ReportSubmission, {
    description:
      "Saves fields of a draft or returned report (the unit's officers), field by field; every value is checked against the template first.",
  })
  saveReportDraft(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The fields and the version read.' }) input: SaveReportDraftInput,
  ): Promise<ReportSubmission> {
    return saveReportDraft(em, access, input);
  }

  @Mutation(() => ReportSubmission, {
    description: "Submits a draft or returned report (the unit's officers, or the commune leader on its behalf).",
  })
  submitReport(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the submission.' }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version read.' }) expectedVersion?: number,
  ): Promise<ReportSubmission> {
    return submitReport(em, access, id, expectedVersion);
  }

  @Mutation(() => ReportSubmission, {
    description:
      'Accepts or returns a submitted report with comment, verdicts and findings (the receiving level: the province overseer or the inspection committee); never changes its values.',
  })
  reviewReport(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The decision.' }) input: ReviewReportInput,
  ): Promise<ReportSubmission> {
    return reviewReport(em, access, input);
  }

  @Mutation(() => ReportSubmission, {
    description: 'Reopens an accepted report (only the reviewer who accepted it); audited.',
  })
  reopenReport(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the submission.' }) id: string,
    @Arg('reason', { description: 'Why it is reopened.' }) reason: string,
  ): Promise<ReportSubmission> {
    return reopenReport(em, access, id, reason);
  }

  @FieldResolver(() => Unit, { description: 'The reporting unit.' })
  unit(@Root() submission: ReportSubmission, @Ctx() { loaders }: Context): Promise<Unit> {
    return loadPermitted(loaders.unit, submission.unit.id);
  }

  @FieldResolver(() => ReportingRound, { description: 'The round.' })
  round(@Root() submission: ReportSubmission, @Ctx() { em, access }: Context): Promise<ReportingRound> {
    return findRound(em, access, submission.round.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'First submitted after the due date; empty while not submitted.',
  })
  async late(@Root() submission: ReportSubmission, @Ctx() { em }: Context): Promise<boolean | undefined> {
    if (!submission.firstSubmittedAt) return undefined;
    await em.populate(submission, ['round']);
    return vietnamDay(submission.firstSubmittedAt) > submission.round.dueOn;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name of who last submitted it.' })
  async submittedByName(@Root() submission: ReportSubmission, @Ctx() { em }: Context): Promise<string | undefined> {
    return submission.submittedBy ? (await em.findOne(User, submission.submittedBy.id))?.fullName : undefined;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name of who last reviewed it.' })
  async reviewedByName(@Root() submission: ReportSubmission, @Ctx() { em }: Context): Promise<string | undefined> {
    return submission.reviewedBy ? (await em.findOne(User, submission.reviewedBy.id))?.fullName : undefined;
  }

  @FieldResolver(() => SubmissionPermissions, { description: 'What the caller may do with it now.' })
  viewerCan(@Root() submission: ReportSubmission, @Ctx() { access, viewer }: Context): SubmissionPermissions {
    const editable = submission.status === SubmissionStatus.DRAFT || submission.status === SubmissionStatus.RETURNED;
    const reviewer = access.can('review', 'ReportSubmission', submission);
    return {
      write: editable && access.can('write', 'ReportSubmission', submission),
      submit: editable && access.can('submit', 'ReportSubmission', submission),
      review: reviewer && submission.status === SubmissionStatus.SUBMITTED,
      reopen:
        reviewer && submission.status === SubmissionStatus.ACCEPTED && submission.reviewedBy?.id === viewer?.user.id,
    };
  }

  @FieldResolver(() => [ReportSubmissionVersion], {
    description: 'Every version, oldest first: who changed what and when.',
  })
  versions(@Root() submission: ReportSubmission, @Ctx() { em }: Context): Promise<ReportSubmissionVersion[]> {
    return submissionVersions(em, submission);
  }
}
