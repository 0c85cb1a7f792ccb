import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Criterion } from '../criterion/criterion.entity';
import { Province } from '../province/province.entity';

/** How many of a province's units a criterion applies to, and how many meet it. */
export abstract class CriterionCounters {
  @ManyToOne(() => Criterion, { primary: true, deleteRule: 'cascade' })
  criterion!: Criterion;

  @ManyToOne(() => Province, { primary: true })
  province!: Province;

  @Property()
  unitCount!: number;

  @Property()
  metCount!: number;
}

/**
 * The counters as they stand now, kept in the same transaction as every change of an answer
 * (like UnitProgress), so the national criterion table reads a few thousand counters instead
 * of aggregating 300,000 assessments.
 */
@Entity()
export class CriterionProgress extends CriterionCounters {
  [PrimaryKeyProp]?: ['criterion', 'province'];
}
