import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { FileService } from './file.service';

/** A moderator deleted a file or a comment (moderation hid it at once): remove it for good. */
@Injectable()
export class FileModeratedDeletionListener implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly files: FileService,
  ) {}

  onModuleInit(): void {
    this.outbox.on('moderation.file.deleted', 'files.moderatedFileDeleted', (e) =>
      this.files.deleteForModerator(e.fileId),
    );
    this.outbox.on('moderation.fileComment.deleted', 'files.moderatedCommentDeleted', (e) =>
      this.files.deleteCommentForModerator(e.commentId),
    );
  }
}
