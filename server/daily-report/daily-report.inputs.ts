import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'Which daily report (báo cáo ngày) to generate: its date and the campaigns its appendices come from.',
})
export class DailyReportInput {
  @Field(() => ID, {
    description:
      'The campaign of the commune heat map (Phụ lục 4), e.g. the one-stop centre conditions; also of Phụ lục 9–12 and 21 unless given below.',
  })
  campaignId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date the report is for (figures as of its end); today (Vietnam time) by default.',
  })
  asOf?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The campaign of the commune criteria tables (Phụ lục 9–12); campaignId by default.',
  })
  communeCriteriaCampaignId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The campaign of the province-level criteria (Phụ lục 21); communeCriteriaCampaignId by default.',
  })
  provinceCriteriaCampaignId?: string;
}
