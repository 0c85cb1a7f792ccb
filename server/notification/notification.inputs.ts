import { ArgsType, Field, InputType } from 'type-graphql';
import { EmailDelivery, NotificationKind } from './notification.enums';

@ArgsType()
export class NotificationListArgs {
  @Field({ nullable: true, description: 'Only the notifications not yet marked read (default: all).' })
  unreadOnly?: boolean;
}

@InputType({ description: 'How the caller wants the e-mail of one kind of notification.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;

  @Field(() => EmailDelivery, { description: 'Immediately, in the daily digest, or not by e-mail.' })
  email!: EmailDelivery;
}
