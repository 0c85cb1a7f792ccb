import { Embeddable, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Evidence for an answer: the document that proves it.' })
@Embeddable()
export class Evidence {
  @Field({ nullable: true, description: 'Document number, e.g. "125/QĐ-UBND".' })
  @Property({ nullable: true })
  documentNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Document date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  documentDate?: string;

  @Field({ nullable: true, description: 'Link to the document.' })
  @Property({ type: 'text', nullable: true })
  link?: string;

  /** Exposed through EvidenceResolver: readable only within the unit's province. */
  @Property({ type: 'text', nullable: true })
  note?: string;
}
