import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';

/** The value a unit gave; exactly one part is set, according to the criterion's answer type. */
@ObjectType({ description: "An answer value; the part matching the criterion's answer type is set." })
@Embeddable()
export class AnswerValue {
  @Field({ nullable: true, description: 'BOOLEAN answers.' })
  @Property({ nullable: true })
  boolean?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'SINGLE_CHOICE (one key) and MULTI_CHOICE answers: option keys.',
  })
  @Property({ type: 'json', nullable: true })
  optionKeys?: string[];

  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT answers.' })
  @Property({ type: 'double', nullable: true })
  number?: number;

  @Field(() => String, { nullable: true, description: 'TEXT answers.' })
  @Property({ type: 'text', nullable: true })
  text?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for "không phát sinh" (nothing arose this period); no other part is set then.',
  })
  @Property({ nullable: true })
  notApplicable?: boolean;
}
