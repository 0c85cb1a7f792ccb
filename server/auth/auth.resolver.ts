import { GraphQLISODateTime, Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { User } from '../user/user.entity';
import { login, logout } from './session.service';

@ObjectType({ description: 'A bearer token for the Authorization header ("Bearer <token>").' })
export class LoginPayload {
  @Field({ description: 'The session token (starts with "pxs_"); send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends (ISO 8601, UTC): 12 hours after signing in.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Signs in with a username and password; the only operation that needs no token.',
  })
  login(
    @Ctx() { em }: Context,
    @Arg('username', { description: 'Sign-in name; case is ignored.' }) username: string,
    @Arg('password', { description: "The account's password." }) password: string,
  ): Promise<LoginPayload> {
    return login(em, username, password);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token of this request.' })
  async logout(@Ctx() { em, viewer }: Context): Promise<boolean> {
    await logout(em, viewer!);
    return true;
  }
}
