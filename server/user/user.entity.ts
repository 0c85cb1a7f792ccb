import { Collection, Entity, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleGrant } from './role-grant.entity';

@ObjectType({ description: 'An account of a person or of a third-party tool.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'Opaque id of the account.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Sign-in name: lower-case letters, digits, dots and dashes, e.g. "bacninh.giamsat".' })
  @Property({ unique: true })
  username!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Field({ description: 'Full name, e.g. "Nguyễn Văn An".' })
  @Property()
  fullName!: string;

  @Property({ nullable: true })
  email?: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date;

  @Property()
  mustChangePassword: boolean & Opt = false;

  /** Username and full name folded by the database (migration 20261203090000), for search without diacritics. */
  @Property({ hidden: true, lazy: true })
  searchName: string & Opt = '';

  @OneToMany(() => RoleGrant, (grant) => grant.user)
  grants = new Collection<RoleGrant>(this);
}
