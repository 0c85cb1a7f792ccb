import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { Notification, NotificationPreference } from './notification.entity';
import { NotificationListArgs, NotificationPreferenceInput } from './notification.inputs';
import {
  listNotifications,
  markNotificationsRead,
  notificationPreferences,
  setNotificationPreferences,
  unreadNotificationCount,
} from './notification.service';

export const NotificationConnection = Connection(Notification);
export type NotificationConnection = InstanceType<typeof NotificationConnection>;

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      "The caller's own notifications (thông báo), newest first. Nobody reads another account's notifications, administrators included.",
  })
  async notifications(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Args() args: NotificationListArgs,
  ): Promise<NotificationConnection> {
    return new NotificationConnection(await listNotifications(em, access, !!args.unreadOnly, pageWindow(page)));
  }

  @Query(() => Int, {
    description:
      "How many of the caller's notifications are unread: the number on the bell. The client asks again every minute (polling).",
  })
  unreadNotificationCount(@Ctx() { em, access }: Context): Promise<number> {
    return unreadNotificationCount(em, access);
  }

  @Mutation(() => Int, {
    description:
      "Marks the caller's notifications read; ids of notifications that are not the caller's are passed over. Returns the unread count after it. Refused (FORBIDDEN) to API tokens, which only read.",
  })
  markNotificationsRead(
    @Ctx() { em, access }: Context,
    @Arg('ids', () => [ID], { description: 'The notifications to mark read (at most 500).' }) ids: string[],
  ): Promise<number> {
    return markNotificationsRead(em, access, ids);
  }

  @Query(() => [NotificationPreference], {
    description: "The caller's e-mail choice for every kind of notification (IMMEDIATE where none was made).",
  })
  notificationPreferences(@Ctx() { em, access }: Context): Promise<Pick<NotificationPreference, 'kind' | 'email'>[]> {
    return notificationPreferences(em, access);
  }

  @Mutation(() => [NotificationPreference], {
    description:
      "Sets the caller's e-mail choices for the kinds given (the others stay); returns every kind's choice. E-mails are sent only when the server has SMTP_URL.",
  })
  setNotificationPreferences(
    @Ctx() { em, access }: Context,
    @Arg('preferences', () => [NotificationPreferenceInput], { description: 'One choice per kind.' })
    preferences: NotificationPreferenceInput[],
  ): Promise<Pick<NotificationPreference, 'kind' | 'email'>[]> {
    return setNotificationPreferences(em, access, preferences);
  }
}
