import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/** A bearer token; only its SHA-256 hash is stored, so a database leak reveals no usable token. */
@Entity()
export class AccessToken {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { index: true })
  user!: User;

  @Property({ unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property()
  expiresAt!: Date;

  @Property({ nullable: true })
  revokedAt?: Date;

  @Property({ nullable: true })
  lastUsedAt?: Date;
}
