import { Entity, Enum, ManyToOne, PrimaryKey, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { Bloc, Role } from '../domain/enums';
import { Province } from '../province/province.entity';
import { User } from './user.entity';

@ObjectType({ description: 'A role granted to an account, limited to a province, commune and/or bloc.' })
@Entity()
export class RoleGrant {
  @Field(() => ID, { description: 'Opaque id of the grant; pass it to revokeRole.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { index: true })
  user!: Rel<User>;

  @Field(() => Role, { description: 'The role (vai trò) granted.' })
  @Enum(() => Role)
  role!: Role;

  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  @ManyToOne(() => Commune, { nullable: true })
  commune?: Commune;

  @Field(() => Bloc, {
    nullable: true,
    description: 'The bloc a bloc officer role is limited to; empty for the other roles.',
  })
  @Enum({ items: () => Bloc, nullable: true })
  bloc?: Bloc;
}
