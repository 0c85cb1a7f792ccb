import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Province } from '../province/province.entity';
import { User } from '../user/user.entity';

/**
 * One change made through the API (nhật ký thay đổi), written in the transaction of the change
 * itself, so a change without its row (or a row without its change) cannot exist.
 */
@ObjectType({ description: 'One change made through the API: who, when, what (nhật ký thay đổi).' })
@Entity()
@Index({ properties: ['objectType', 'objectId'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Id of the entry; entries are numbered in the order they were written.' })
  @PrimaryKey()
  id!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (server time).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  /** Kept when the account is deleted: the entry also stores the username. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  user?: User;

  @Field({ description: 'Username of the account that made the change.' })
  @Property()
  username!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The token the change was made with (an API token or a session), when there was one.',
  })
  @Property({ nullable: true })
  accessTokenId?: number;

  @Field({ description: 'What was done, e.g. ANSWER, CREATE, UPDATE, DELETE, GRANT, REVOKE, LOGIN, LOGOUT.' })
  @Property()
  action!: string;

  @Field({ description: 'GraphQL type of the changed object, e.g. Assessment, Task, RoleGrant.' })
  @Property()
  objectType!: string;

  @Field(() => ID, { description: 'Id of the changed object.' })
  @Property()
  objectId!: string;

  /** The province the object belongs to, which decides which overseers read the entry. */
  @ManyToOne(() => Province, { nullable: true, index: true })
  province?: Province;

  @Field(() => GraphQLJSONObject, {
    description: 'The values set by the change (secrets such as passwords are never included).',
  })
  @Property({ type: 'json' })
  changes!: Record<string, unknown>;
}
