import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Level } from '../domain/enums';
import { Province } from '../province/province.entity';
import { ReportFieldKind, ReviewerKind } from './report.enums';

@ObjectType({
  description: 'One subject a verdict field judges: a bloc or an area (e.g. "Khối Đảng — Cơ sở dữ liệu").',
})
export class VerdictSubject {
  @Field({ description: 'Stable key used in values, e.g. "PARTY".' })
  key!: string;

  @Field({ description: 'How the report names it (Vietnamese).' })
  label!: string;
}

@ObjectType({ description: 'A group row of the indicator table ("I Phát triển hạ tầng") and the criteria under it.' })
export class IndicatorGroup {
  @Field({ description: 'Heading of the group, as the appendix prints it.' })
  title!: string;

  @Field(() => [String], { description: 'Codes of the criteria in the group, in table order.' })
  criterionCodes!: string[];
}

@ObjectType({ description: 'One field of a template section; its kind says what a submission puts in it.' })
export class TemplateField {
  @Field({ description: 'Key unique within the template; values are saved under it.' })
  key!: string;

  @Field(() => ReportFieldKind, { description: 'What the field holds.' })
  kind!: ReportFieldKind;

  @Field({ description: 'The prompt the template gives, e.g. "Tình hình, kết quả thực hiện" or "Nhận xét, đánh giá".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'NARRATIVE: the longest text accepted (characters).' })
  maxLength?: number;

  @Field({ nullable: true, description: 'FIGURE and INDICATORS: the unit of measure, e.g. "cuộc", "tỷ đồng", "%".' })
  unitOfMeasure?: string;

  @Field(() => [VerdictSubject], { nullable: true, description: 'VERDICT: the blocs or areas judged.' })
  subjects?: VerdictSubject[];

  @Field(() => ID, { nullable: true, description: 'INDICATORS: the campaign whose criteria form the table.' })
  campaignId?: string;

  @Field(() => [IndicatorGroup], {
    nullable: true,
    description: "INDICATORS: the table's groups; empty: every criterion of the campaign for the unit, in order.",
  })
  indicatorGroups?: IndicatorGroup[];
}

@ObjectType({ description: 'A numbered section of a report template.' })
export class TemplateSection {
  @Field({ description: 'Key unique within the template.' })
  key!: string;

  @Field({ description: 'The number printed before the title: "I", "1", "5.1", "A".' })
  number!: string;

  @Field({ description: 'Title of the section, as the report prints it.' })
  title!: string;

  @Field(() => Int, { description: 'Heading level: 1 for the main parts (I, II…), 2 for their sections.' })
  level!: number;

  @Field({ description: 'True for an appendix (Phụ lục), printed as a table after the signature block.' })
  appendix!: boolean;

  @Field(() => [TemplateField], { description: 'The fields of the section, in order.' })
  fields!: TemplateField[];
}

@ObjectType({
  description:
    'Report template (mẫu báo cáo): the structure of a periodic report — numbered sections with narrative, figure, verdict, indicator, task, difficulty and recommendation fields.',
})
@Entity()
export class ReportTemplate {
  @Field(() => ID, { description: 'Opaque id of the template.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Stable code, e.g. "bao-cao-tien-do-xa".' })
  @Property({ unique: true })
  code!: string;

  @Field({ description: 'Name of the template, as overseers choose it.' })
  @Property()
  name!: string;

  @Field({ description: 'The title printed under "BÁO CÁO"; the round\'s period is appended ("tháng 4/2026").' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Level, { description: 'Level of the units that write it.' })
  @Enum(() => Level)
  level!: Level;

  @Field(() => ReviewerKind, { description: 'Who receives and reviews the reports.' })
  @Enum(() => ReviewerKind)
  reviewer!: ReviewerKind;

  /** Empty for a national template; a province overseer's own templates belong to the province. */
  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  @Field({ description: 'The document symbol after "Số: /", e.g. "BC-UBND" or "BC/ĐU".' })
  @Property()
  documentSymbol!: string;

  @Field({ description: 'The signature block\'s title lines, e.g. "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH".' })
  @Property({ type: 'text' })
  signatureTitle!: string;

  @Field(() => [String], {
    description: 'Addressees a recommendation may be made to, in the order the report lists them.',
  })
  @Property({ type: 'json' })
  addressees!: string[];

  @Field(() => [String], { description: 'Recipients printed under "Nơi nhận".' })
  @Property({ type: 'json' })
  recipients!: string[];

  @Field(() => [TemplateSection], { description: 'The sections in order.' })
  @Property({ type: 'json' })
  sections!: TemplateSection[];

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Field(() => GraphQLISODateTime, { description: 'When the template was created or last changed.' })
  @Property({ type: 'Date', defaultRaw: 'now()', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;
}
