import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { Bloc, Level } from '../domain/enums';
import { CriterionDefinitionFields } from './criterion-definition-fields';

export { CriterionOption } from './criterion-definition-fields';

@ObjectType({ description: 'Criterion (tiêu chí / chỉ tiêu): a question for one bloc and level in one campaign.' })
@Entity()
@Unique({ properties: ['campaign', 'code'] })
export class Criterion extends CriterionDefinitionFields {
  @Field(() => ID, { description: 'Opaque id of the criterion (tiêu chí); pass it as criterionId when answering.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Campaign, { index: true })
  campaign!: Campaign;

  @Field({ description: 'Code within the campaign, e.g. "XA-DU-01".' })
  @Property()
  code!: string;

  @Field(() => Bloc, { description: 'The bloc (khối) whose units answer it.' })
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field(() => Level, { description: 'The level (cấp) whose units answer it: province or commune.' })
  @Enum(() => Level)
  level!: Level;

  @Field(() => Int, { description: 'Order within the bloc, as the official tables list it.' })
  @Property()
  position!: number;

  /** Empty: due at the campaign deadline. */
  @Property({ type: 'date', nullable: true })
  dueDate?: string;

  @Field(() => Int, {
    description: 'Number of the version in force today: 1 until the criterion is changed after publishing.',
  })
  @Property({ type: 'integer', default: 1 })
  currentVersion: number & Opt = 1;

  @Field(() => Boolean, {
    description: 'True for a criterion added only to reach the stated catalog size; its text is not in the reports.',
  })
  @Property({ type: 'boolean' })
  isPlaceholder: boolean & Opt = false;
}
