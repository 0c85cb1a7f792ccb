import { Entity, Index, ManyToOne, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { Campaign } from '../campaign/campaign.entity';
import { Unit } from '../unit/unit.entity';

/**
 * Counters of a unit's answers in a campaign, per due date, kept in the same transaction as
 * every answer, so statuses at national size are read from ~40,000 rows instead of
 * aggregating 300,000 assessments. Split by due date because a status counts only the
 * criteria due so far.
 */
@Entity()
@Index({ properties: ['campaign'] })
export class UnitProgress {
  [PrimaryKeyProp]?: ['unit', 'campaign', 'dueDate'];

  @ManyToOne(() => Unit, { primary: true })
  unit!: Unit;

  @ManyToOne(() => Campaign, { primary: true })
  campaign!: Campaign;

  @Property({ type: 'date', primary: true })
  dueDate!: string;

  @Property()
  criteriaCount!: number;

  /** Claims met and not rejected: what counts while the campaign counts unverified claims. */
  @Property()
  metCount!: number;

  /** Claims met and confirmed by an overseer: what counts when it does not. */
  @Property({ default: 0 })
  confirmedCount!: number & Opt;

  @Property()
  answeredCount!: number;
}
