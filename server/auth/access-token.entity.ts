import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Province } from '../province/province.entity';
import { User } from '../user/user.entity';

export enum TokenKind {
  /** Issued by login to a person, for a working day. */
  SESSION = 'SESSION',
  /** Created for a third-party tool: read-only, optionally limited to one province. */
  API = 'API',
}

/** A bearer token; only its SHA-256 hash is stored, so a database leak reveals no usable token. */
@ObjectType('ApiToken', {
  description: 'A read-only token of a third-party tool (the secret is shown only when created).',
})
@Entity()
export class AccessToken {
  @Field(() => ID, { description: 'Opaque id of the token; pass it to revokeApiToken.' })
  @PrimaryKey()
  id!: number;

  /** The person who signed in, or who created the API token. */
  @ManyToOne(() => User, { index: true })
  user!: User;

  @Enum(() => TokenKind)
  kind: TokenKind & Opt = TokenKind.SESSION;

  @Field({ nullable: true, description: 'Name of the tool, e.g. "Bảng điều khiển tỉnh".' })
  @Property({ nullable: true })
  name?: string;

  /** API tokens: the one province the tool may read; empty = everything its creator's scope allowed. */
  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  @Property({ unique: true })
  tokenHash!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token was created (ISO 8601, UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => GraphQLISODateTime, { description: 'When the token stops working (ISO 8601, UTC).' })
  @Property()
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the token was revoked; empty while it has not been.',
  })
  @Property({ nullable: true })
  revokedAt?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last request made with the token, to the minute; empty when never used.',
  })
  @Property({ nullable: true })
  lastUsedAt?: Date;
}
