import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Campaign } from '../campaign/campaign.entity';
import { CriterionCounters } from './criterion-progress.entity';
import { Unit } from '../unit/unit.entity';

/**
 * A unit's counters (the shape of UnitProgress) as they stood at the end of a past day,
 * Vietnam time, computed once from the assessment history; see status/time-travel.ts.
 */
@Entity()
export class ProgressSnapshot {
  [PrimaryKeyProp]?: ['campaign', 'onDate', 'unit', 'dueDate'];

  @ManyToOne(() => Campaign, { primary: true, deleteRule: 'cascade' })
  campaign!: Campaign;

  @Property({ type: 'date', primary: true })
  onDate!: string;

  @ManyToOne(() => Unit, { primary: true, deleteRule: 'cascade' })
  unit!: Unit;

  @Property({ type: 'date', primary: true })
  dueDate!: string;

  @Property()
  criteriaCount!: number;

  @Property()
  metCount!: number;

  @Property()
  confirmedCount!: number;

  @Property()
  answeredCount!: number;
}

/** A criterion's counters in a province as they stood at the end of a past day, computed with the day's ProgressSnapshot rows. */
@Entity()
export class CriterionSnapshot extends CriterionCounters {
  [PrimaryKeyProp]?: ['criterion', 'province', 'campaign', 'onDate'];

  @ManyToOne(() => Campaign, { primary: true, deleteRule: 'cascade' })
  campaign!: Campaign;

  @Property({ type: 'date', primary: true })
  onDate!: string;
}

/** Marks a (campaign, day) whose snapshot rows are complete; its absence means "not computed yet". */
@Entity()
export class ProgressSnapshotDay {
  [PrimaryKeyProp]?: ['campaign', 'onDate'];

  @ManyToOne(() => Campaign, { primary: true, deleteRule: 'cascade' })
  campaign!: Campaign;

  @Property({ type: 'date', primary: true })
  onDate!: string;

  @Property()
  computedAt!: Date;
}
