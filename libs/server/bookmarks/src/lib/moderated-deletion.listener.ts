import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { BookmarkService } from './bookmark.service';

/** A moderator deleted a bookmark (moderation hid it at once): remove it for good. */
@Injectable()
export class BookmarkModeratedDeletionListener implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly bookmarks: BookmarkService,
  ) {}

  onModuleInit(): void {
    this.outbox.on('moderation.bookmark.deleted', 'bookmarks.moderatedDeleted', (e) =>
      this.bookmarks.deleteForModerator(e.bookmarkId),
    );
  }
}
