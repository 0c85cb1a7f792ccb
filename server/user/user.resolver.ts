import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { loadPermitted } from '../database/entity-loader';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';
import { CreateUserInput, GrantRoleInput } from './user.inputs';
import {
  accountOf,
  changePassword,
  createUser,
  grantRole,
  grantsOf,
  listUsers,
  resetPassword,
  revokeGrant,
  setAccountDisabled,
} from './user.service';

export const UserConnection = Connection(User);
export type UserConnection = InstanceType<typeof UserConnection>;

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    description: "The signed-in account (for an API token: the account that created it, with the token's scope).",
  })
  me(@Ctx() { em, viewer }: Context): Promise<User> {
    return accountOf(em, viewer!);
  }

  @FieldResolver(() => [RoleGrant], {
    description: 'The roles granted to the account; readable by the account itself and administrators.',
  })
  grants(@Root() user: User, @Ctx() { em, access, viewer }: Context): Promise<RoleGrant[]> | RoleGrant[] {
    access.assert('read', 'User', user, 'grants');
    return viewer!.user.id === user.id ? viewer!.grants : grantsOf(em, user.id);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an administrator disabled the account; empty while it may sign in. Administrators only.',
  })
  disabledAt(@Root() user: User, @Ctx() { access }: Context): Date | undefined {
    access.assert('read', 'User', user, 'disabledAt');
    return user.disabledAt;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True after an administrator reset the password: until the account chooses its own (changePassword) it may do nothing else. The account itself and administrators.',
  })
  mustChangePassword(@Root() user: User, @Ctx() { access }: Context): boolean {
    access.assert('read', 'User', user, 'mustChangePassword');
    return user.mustChangePassword;
  }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail address; readable by administrators only.' })
  email(@Root() user: User, @Ctx() { access }: Context): string | undefined {
    access.assert('read', 'User', user, 'email');
    return user.email;
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province the grant is limited to; empty for national roles.',
  })
  async province(@Root() grant: RoleGrant, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return grant.province ? loadPermitted(loaders.province, grant.province.id) : undefined;
  }

  @FieldResolver(() => Commune, {
    nullable: true,
    description: 'The commune the grant is limited to; empty for province and national roles.',
  })
  async commune(@Root() grant: RoleGrant, @Ctx() { loaders }: Context): Promise<Commune | undefined> {
    return grant.commune ? loadPermitted(loaders.commune, grant.commune.id) : undefined;
  }
}

@Resolver()
export class AccountResolver {
  @Query(() => UserConnection, { description: 'All accounts, or those a search finds (administrators).' })
  async users(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('search', {
      nullable: true,
      description:
        'Part of the username or full name; case, diacritics and spaces are ignored ("lam thao" finds "lamthao.dang", "hoang thi" finds "Hoàng Thị Hà").',
    })
    search?: string,
  ): Promise<UserConnection> {
    return new UserConnection(await listUsers(em, access, pageWindow(page), search));
  }

  @Mutation(() => User, {
    description:
      'Disables an account (its sessions and API tokens end, it can no longer sign in) or enables it again (administrators).',
  })
  setAccountDisabled(
    @Ctx() { em, access }: Context,
    @Arg('userId', () => ID, { description: 'The account.' }) userId: string,
    @Arg('disabled', { description: 'True to disable, false to enable.' }) disabled: boolean,
  ): Promise<User> {
    return setAccountDisabled(em, access, userId, disabled);
  }

  @Mutation(() => User, {
    description:
      'Sets a temporary password to hand to the account holder: its sessions end and, once signed in with it, it must choose its own before anything else (administrators).',
  })
  resetPassword(
    @Ctx() { em, access }: Context,
    @Arg('userId', () => ID, { description: 'The account.' }) userId: string,
    @Arg('temporaryPassword', { description: 'At least 10 characters.' }) temporaryPassword: string,
  ): Promise<User> {
    return resetPassword(em, access, userId, temporaryPassword);
  }

  @Mutation(() => User, {
    description: "Changes the signed-in account's password; required after an administrator reset it.",
  })
  changePassword(
    @Ctx() { em, access }: Context,
    @Arg('currentPassword', { description: 'The password signed in with.' }) currentPassword: string,
    @Arg('newPassword', { description: 'At least 10 characters, different from the current one.' })
    newPassword: string,
  ): Promise<User> {
    return changePassword(em, access, currentPassword, newPassword);
  }

  @Mutation(() => User, { description: 'Creates an account (administrators).' })
  createUser(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'Username, full name, initial password and e-mail.' }) input: CreateUserInput,
  ): Promise<User> {
    return createUser(em, access, input);
  }

  @Mutation(() => RoleGrant, { description: 'Grants a role, limited as the role requires (administrators).' })
  grantRole(
    @Ctx() { em, access }: Context,
    @Arg('input', {
      description: 'The account, the role and where it applies (province, commune, bloc as the role requires).',
    })
    input: GrantRoleInput,
  ): Promise<RoleGrant> {
    return grantRole(em, access, input);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a granted role (administrators).' })
  revokeRole(
    @Ctx() { em, access }: Context,
    @Arg('grantId', () => ID, { description: 'Id of the grant (RoleGrant.id).' }) grantId: string,
  ): Promise<boolean> {
    return revokeGrant(em, access, grantId);
  }
}
