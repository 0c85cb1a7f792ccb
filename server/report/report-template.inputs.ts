import { Field, ID, InputType, Int } from 'type-graphql';
import { Level } from '../domain/enums';
import { ReportFieldKind, ReviewerKind } from './report.enums';

@InputType({ description: 'A subject of a verdict field.' })
export class VerdictSubjectInput {
  @Field({ description: 'Stable key, 1–50 characters.' })
  key!: string;

  @Field({ description: 'Label (Vietnamese), 1–300 characters.' })
  label!: string;
}

@InputType({ description: 'A group of the indicator table.' })
export class IndicatorGroupInput {
  @Field({ description: 'Heading of the group.' })
  title!: string;

  @Field(() => [String], { description: "Criterion codes of the field's campaign." })
  criterionCodes!: string[];
}

@InputType({ description: 'A field of a template section.' })
export class TemplateFieldInput {
  @Field({ description: 'Key unique within the template (letters, digits, "-", "_", "."; 1–60).' })
  key!: string;

  @Field(() => ReportFieldKind, { description: 'What the field holds.' })
  kind!: ReportFieldKind;

  @Field({ description: 'The prompt (Vietnamese), 1–500 characters.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'NARRATIVE: longest text, 1–50,000 (default 20,000).' })
  maxLength?: number;

  @Field({ nullable: true, description: 'FIGURE and INDICATORS: unit of measure.' })
  unitOfMeasure?: string;

  @Field(() => [VerdictSubjectInput], { nullable: true, description: 'VERDICT: the subjects judged (required).' })
  subjects?: VerdictSubjectInput[];

  @Field(() => ID, { nullable: true, description: 'INDICATORS: the campaign (required).' })
  campaignId?: string;

  @Field(() => [IndicatorGroupInput], { nullable: true, description: 'INDICATORS: optional grouping of the table.' })
  indicatorGroups?: IndicatorGroupInput[];
}

@InputType({ description: 'A section of a template.' })
export class TemplateSectionInput {
  @Field({ description: 'Key unique within the template.' })
  key!: string;

  @Field({ description: 'Number printed before the title ("I", "1", "5.1").' })
  number!: string;

  @Field({ description: 'Title (Vietnamese).' })
  title!: string;

  @Field(() => Int, { defaultValue: 2, description: 'Heading level, 1 or 2.' })
  level!: number;

  @Field({ defaultValue: false, description: 'An appendix (Phụ lục) printed as a table after the signature.' })
  appendix!: boolean;

  @Field(() => [TemplateFieldInput], { description: 'The fields, in order (may be empty for a heading).' })
  fields!: TemplateFieldInput[];
}

@InputType({ description: 'A new report template.' })
export class CreateReportTemplateInput {
  @Field({ description: 'Stable code, unique (letters, digits, "-"; 3–80).' })
  code!: string;

  @Field({ description: 'Name, 1–300 characters.' })
  name!: string;

  @Field({ description: 'Title printed under "BÁO CÁO", 1–1,000 characters.' })
  title!: string;

  @Field(() => Level, { description: 'Level of the units that write it.' })
  level!: Level;

  @Field(() => ReviewerKind, { description: 'Who reviews the reports.' })
  reviewer!: ReviewerKind;

  @Field(() => ID, { nullable: true, description: "A province's own template; empty for a national one." })
  provinceId?: string;

  @Field({ description: 'Document symbol after "Số: /", e.g. "BC-UBND".' })
  documentSymbol!: string;

  @Field({ description: 'Signature block title lines ("\\n" between lines).' })
  signatureTitle!: string;

  @Field(() => [String], { description: 'Addressees recommendations may be made to.' })
  addressees!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Recipients ("Nơi nhận").' })
  recipients!: string[];

  @Field(() => [TemplateSectionInput], { description: 'The sections in order (at least one).' })
  sections!: TemplateSectionInput[];
}

@InputType({ description: 'Changes to a template; omitted fields stay.' })
export class UpdateReportTemplateInput {
  @Field(() => Int, { nullable: true, description: 'The version read; a stale one answers VERSION_CONFLICT.' })
  expectedVersion?: number;

  @Field({ nullable: true, description: 'New name.' })
  name?: string;

  @Field({ nullable: true, description: 'New title.' })
  title?: string;

  @Field({ nullable: true, description: 'New signature block title.' })
  signatureTitle?: string;

  @Field(() => [String], { nullable: true, description: 'New addressees.' })
  addressees?: string[];

  @Field(() => [String], { nullable: true, description: 'New recipients.' })
  recipients?: string[];

  @Field(() => [TemplateSectionInput], { nullable: true, description: 'New sections (replacing all).' })
  sections?: TemplateSectionInput[];
}
