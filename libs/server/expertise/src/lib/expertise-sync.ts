import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { ExpertiseRepository } from './expertise.repository';

/**
 * Keeps the expertise model in step through the outbox (DESIGN.md §4): every handler rewrites
 * the evidence of the sources an event names from what they are now, so jobs are idempotent,
 * order-free and safe to retry. Handler names are stored with jobs: never rename them.
 */
@Injectable()
export class ExpertiseSync implements OnModuleInit {
  constructor(
    private readonly expertise: ExpertiseRepository,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    const reply = ({ replyId }: { replyId: string }) => this.expertise.refresh('reply', [replyId]);
    const replies = {
      many: (payloads: { replyId: string }[]) =>
        this.expertise.refresh('reply', [...new Set(payloads.map((p) => p.replyId))]),
    };
    this.outbox.on('stream.reply.created', 'expertise.reply', reply, replies);
    this.outbox.on('stream.reply.deleted', 'expertise.reply', reply, replies);
    this.outbox.on('stream.answer.accepted', 'expertise.reply', reply, replies);
    this.outbox.on('stream.answer.cleared', 'expertise.reply', reply, replies);
    this.outbox.on('moderation.reply.hidden', 'expertise.reply', reply, replies);
    this.outbox.on('moderation.reply.restored', 'expertise.reply', reply, replies);
    this.outbox.on('moderation.reply.deleted', 'expertise.reply', reply, replies);
    // Likes given to or taken back from a reply move it between "reply" and "liked reply".
    this.outbox.on('stream.like.changed', 'expertise.like', (p) =>
      p.subjectType === 'reply'
        ? this.expertise.refresh('reply', [p.subjectId])
        : Promise.resolve(),
    );
    // A post's tags, words, deletion or hiding move every reply's evidence in it.
    const thread = async ({ postId }: { postId: string }) =>
      this.expertise.refresh('reply', await this.expertise.repliesOfPosts([postId]));
    this.outbox.on('stream.post.edited', 'expertise.thread', thread);
    this.outbox.on('stream.post.deleted', 'expertise.thread', thread);
    this.outbox.on('moderation.post.hidden', 'expertise.thread', thread);
    this.outbox.on('moderation.post.restored', 'expertise.thread', thread);
    this.outbox.on('moderation.post.deleted', 'expertise.thread', thread);
    // A community turning restricted (or open) moves the scope of everything in it.
    this.outbox.on('communities.community.typeChanged', 'expertise.community', async (p) => {
      const sources = await this.expertise.sourcesOfCommunity(p.communityId);
      await this.expertise.refresh('reply', sources.replies);
      await this.expertise.refresh('file', sources.files);
    });
    const file = ({ fileId }: { fileId: string }) => this.expertise.refresh('file', [fileId]);
    this.outbox.on('files.file.created', 'expertise.file', file);
    this.outbox.on('files.file.updated', 'expertise.file', file);
    this.outbox.on('files.file.deleted', 'expertise.file', file);
    this.outbox.on('files.file.used', 'expertise.file', file);
    this.outbox.on('moderation.file.hidden', 'expertise.file', file);
    this.outbox.on('moderation.file.restored', 'expertise.file', file);
    this.outbox.on('moderation.file.deleted', 'expertise.file', file);
    const profile = ({ userId }: { userId: string }) => this.expertise.refresh('profile', [userId]);
    this.outbox.on('identity.user.registered', 'expertise.profile', profile);
    this.outbox.on('identity.user.profileUpdated', 'expertise.profile', profile);
    this.outbox.on('moderation.profile.hidden', 'expertise.profile', profile);
    this.outbox.on('moderation.profile.restored', 'expertise.profile', profile);
  }
}
