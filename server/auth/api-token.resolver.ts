import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { UserSummary } from '../user/user-summary';
import { AccessToken } from './access-token.entity';
import { CreateApiTokenInput } from './api-token.inputs';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';

@ObjectType({ description: 'A new API token. The secret is shown only here, once; only its hash is kept.' })
export class ApiTokenCreated {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => AccessToken, { description: 'The token as listed by apiTokens: name, province, expiry.' })
  apiToken!: AccessToken;
}

@Resolver(() => AccessToken)
export class ApiTokenResolver {
  @Query(() => [AccessToken], { description: "API tokens: all for administrators, one's own for overseers." })
  apiTokens(@Ctx() { em, access }: Context): Promise<AccessToken[]> {
    return listApiTokens(em, access);
  }

  @Mutation(() => ApiTokenCreated, {
    description: 'Creates a read-only token for a third-party tool (overseers and administrators).',
  })
  createApiToken(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'Name of the tool, the province it may read (none: the nation) and its lifetime.' })
    input: CreateApiTokenInput,
  ): Promise<ApiTokenCreated> {
    return createApiToken(em, access, input);
  }

  @Mutation(() => AccessToken, { description: 'Revokes an API token; it stops working at once.' })
  revokeApiToken(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the token (ApiToken.id).' }) id: string,
  ): Promise<AccessToken> {
    return revokeApiToken(em, access, id);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The one province the tool may read; empty = the nation.',
  })
  async province(@Root() token: AccessToken, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return token.province ? loadPermitted(loaders.province, token.province.id) : undefined;
  }

  @FieldResolver(() => UserSummary, { description: 'Who created the token.' })
  createdBy(@Root() token: AccessToken, @Ctx() { loaders }: Context): Promise<UserSummary> {
    return loadPermitted(loaders.user, token.user.id);
  }
}
