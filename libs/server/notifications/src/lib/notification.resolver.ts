import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationType } from '@outloud/contracts';
import { CurrentViewer, PageArgs, toConnection, Viewer } from '@outloud/server-core';
import {
  EmailDigestSettings,
  Notification,
  NotificationConnection,
  NotificationPreference,
} from './dto/notification.model';
import { DigestSettingsService } from './digest/digest-settings.service';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly digest: DigestSettingsService,
  ) {}

  @Query(() => NotificationConnection, {
    description: "The viewer's notifications, newest first; only about what they may still see.",
  })
  async notifications(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs) {
    const { page, cards } = await this.service.page(viewer, args.first, args.after);
    return toConnection({ ...page, nodes: cards }, (card) => card);
  }

  @Query(() => [Notification], {
    description:
      'Reconnect catch-up: notifications with an id above afterId, oldest first (page by the last id until empty). Connect the socket first, then ask, and drop duplicates by id.',
  })
  notificationsSince(
    @CurrentViewer() viewer: Viewer,
    @Args('afterId', { type: () => ID }) afterId: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 200 (default 100).' })
    first?: number | null,
  ) {
    return this.service.since(viewer, afterId, first);
  }

  @Query(() => Int, {
    description: 'Unread notifications the viewer may see, counted up to 100 (shown as "99+").',
  })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @Query(() => [NotificationPreference])
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.service.preferences(viewer);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications read; the new unread count.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ) {
    return this.service.markRead(viewer, ids);
  }

  @Mutation(() => Int, { description: 'Marks everything read; the new unread count (0).' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer) {
    return this.service.markAllRead(viewer);
  }

  @Mutation(() => NotificationPreference)
  setNotificationPreference(
    @CurrentViewer() viewer: Viewer,
    @Args('type', { type: () => NotificationType }) type: NotificationType,
    @Args('enabled') enabled: boolean,
  ) {
    return this.service.setPreference(viewer, { type, enabled });
  }

  @Query(() => EmailDigestSettings)
  emailDigest(@CurrentViewer() viewer: Viewer) {
    return this.digest.get(viewer);
  }

  @Mutation(() => EmailDigestSettings, {
    description: 'Turns the daily e-mail digest of unread mentions and answers on or off.',
  })
  setEmailDigest(@CurrentViewer() viewer: Viewer, @Args('enabled') enabled: boolean) {
    return this.digest.set(viewer, enabled);
  }
}
