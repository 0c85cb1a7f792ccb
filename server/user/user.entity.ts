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

  @OneToMany(() => RoleGrant, (grant) => grant.user)
  grants = new Collection<RoleGrant>(this);
}
