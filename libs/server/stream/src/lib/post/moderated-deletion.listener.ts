import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { ReplyService } from '../reply/reply.service';
import { PostService } from './post.service';

/**
 * A moderator deleted a post or reply (moderation hid it at once): the stream leaves its usual
 * tombstone, so threads stay readable and the text stays a revision for moderators.
 */
@Injectable()
export class ModeratedDeletionListener implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly posts: PostService,
    private readonly replies: ReplyService,
  ) {}

  onModuleInit(): void {
    this.outbox.on('moderation.post.deleted', 'stream.moderatedPostDeleted', (e) =>
      this.posts.deleteForModerator(e.postId, e.moderatorId),
    );
    this.outbox.on('moderation.reply.deleted', 'stream.moderatedReplyDeleted', (e) =>
      this.replies.deleteForModerator(e.replyId),
    );
  }
}
