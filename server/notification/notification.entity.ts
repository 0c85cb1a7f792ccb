import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { EmailDelivery, EmailState, NotificationKind } from './notification.enums';

@ObjectType({ description: 'A notification (thông báo) to one account: what happened, with a link to the object.' })
@Entity()
@Unique({ properties: ['recipient', 'dedupeKey'] })
@Index({ properties: ['recipient', 'readAt', 'id'] })
export class Notification {
  @Field(() => ID, { description: 'Opaque id of the notification; pass it to markNotificationsRead.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  recipient!: Rel<User>;

  @Field(() => NotificationKind, { description: 'What it tells.' })
  @Enum(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: 'One line saying what happened (Vietnamese), e.g. "Kết quả tự đánh giá bị bác bỏ".' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The details (Vietnamese): the reason, the comment, the counts.' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: 'Path of the client screen showing the object, e.g. "/don-vi/12".' })
  @Property({ type: 'text' })
  link!: string;

  /** The object it is about (e.g. "Assessment", 42), for tests and operators. */
  @Property({ nullable: true })
  objectType?: string;

  @Property({ nullable: true })
  objectId?: number;

  /** One notification per recipient and key ("task:12:overdue"): a job run twice creates nothing more. */
  @Property({ type: 'text' })
  dedupeKey!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  @Property({ type: 'Date', defaultRaw: 'now()', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the recipient marked it read; empty while unread.',
  })
  @Property({ nullable: true })
  readAt?: Date;

  @Enum({ items: () => EmailState, default: EmailState.NONE })
  emailState: EmailState & Opt = EmailState.NONE;

  @Property({ default: 0 })
  emailAttempts: number & Opt = 0;

  @Property({ nullable: true })
  emailSentAt?: Date;
}

/** An account's e-mail choice for one kind; a kind without a row is IMMEDIATE. */
@ObjectType({ description: "An account's e-mail choice for one kind of notification." })
@Entity()
export class NotificationPreference {
  @ManyToOne(() => User, { primary: true })
  user!: Rel<User>;

  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @Enum({ items: () => NotificationKind, primary: true })
  kind!: NotificationKind;

  @Field(() => EmailDelivery, { description: 'Immediately, in the daily digest, or not by e-mail.' })
  @Enum(() => EmailDelivery)
  email!: EmailDelivery;
}
