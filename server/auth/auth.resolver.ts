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

  @Field({
    description:
      'True when an administrator reset the password: the session may only change it (changePassword), read `me` or sign out.',
  })
  mustChangePassword!: boolean;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Signs in with a username and password; the only operation that needs no token. After 3 failed tries of an account each further try waits twice as long (1 s, 2 s, 4 s, …) and 10 failures lock it for 15 minutes, whatever address they come from: RATE_LIMITED with extensions.retryAfterSeconds, the right password included.',
  })
  login(
    @Ctx() { em, loginThrottle, clientAddress }: Context,
    @Arg('username', { description: 'Sign-in name; case is ignored.' }) username: string,
    @Arg('password', { description: "The account's password." }) password: string,
  ): Promise<LoginPayload> {
    return login(em, { username, password, address: clientAddress }, loginThrottle);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token of this request.' })
  async logout(@Ctx() { em, viewer }: Context): Promise<boolean> {
    await logout(em, viewer!);
    return true;
  }
}
