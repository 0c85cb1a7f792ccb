import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { Criterion } from '../criterion/criterion.entity';
import { Authority } from '../domain/enums';
import { Province } from '../province/province.entity';

@ObjectType({
  description:
    'Solution (giải pháp khắc phục): remediation guidance for a criterion, nation-wide, for one province or for one commune.',
})
@Entity()
export class Solution {
  @Field(() => ID, { description: 'Opaque id of the solution; pass it to deleteSolution.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Criterion, { index: true })
  criterion!: Criterion;

  /** Empty: applies nation-wide; a province's own solution overrides the national one. */
  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  /** Set for one commune's own solution (its province is then set too, so province rules cover it); overrides the province's. */
  @ManyToOne(() => Commune, { nullable: true, deleteRule: 'cascade' })
  commune?: Commune;

  @Field(() => Authority, {
    description:
      'Who can act on it: the unit itself (LOCAL), a system the province provides (PROVIDED_SYSTEM), or both.',
  })
  @Enum(() => Authority)
  authority!: Authority;

  @Field({ description: 'What to do to meet the criterion (Vietnamese), as the overseer wrote it.' })
  @Property({ type: 'text' })
  text!: string;
}
