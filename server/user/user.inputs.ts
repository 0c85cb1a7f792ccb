import { Field, ID, InputType } from 'type-graphql';
import { Bloc, Role } from '../domain/enums';

@InputType({ description: 'A new account.' })
export class CreateUserInput {
  @Field({ description: 'Lower-case letters, digits, dots and dashes; 3–64 characters.' })
  username!: string;

  @Field({ description: 'Full name (họ và tên), not blank.' })
  fullName!: string;

  @Field({ description: 'At least 10 characters.' })
  password!: string;

  @Field({ nullable: true, description: 'E-mail address, visible to administrators only.' })
  email?: string;
}

@InputType({ description: 'A role to grant, with the place and bloc it is limited to.' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The account that receives the role.' })
  userId!: string;

  @Field(() => Role, { description: 'The role; it decides which of provinceId, communeId and bloc are required.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Province roles and province-limited API clients.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Commune roles.' })
  communeId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Bloc officer roles.' })
  bloc?: Bloc;
}
