import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { StreamReader } from '@outloud/stream';
import { FollowerRooms } from './follower-rooms';
import { RealtimePublisher } from './realtime.publisher';
import { RoomRevalidator } from './room-revalidator';
import { SocketServer } from './socket-server';
import { communityRoom, followersRoom, postRoom, sessionRoom, userRoom } from './socket-types';

/**
 * Turns committed domain events into socket events (outbox handlers run after commit, so a
 * client never hears about something it cannot yet read). Rooms were access-checked at join;
 * payloads carry ids only.
 */
/** Pushes are cheap and someone is waiting: never behind search indexing. */
const FAST = { lane: 'fast' } as const;

@Injectable()
export class RealtimeListeners implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly publisher: RealtimePublisher,
    private readonly sockets: SocketServer,
    private readonly rooms: RoomRevalidator,
    private readonly stream: StreamReader,
    private readonly followerRooms: FollowerRooms,
  ) {}

  onModuleInit(): void {
    this.outbox.on('stream.post.created', 'realtime.postCreated', (e) => this.postCreated(e), FAST);
    this.outbox.on(
      'stream.reply.created',
      'realtime.replyCreated',
      (e) => this.replyCreated(e),
      FAST,
    );
    this.outbox.on(
      'stream.follow.changed',
      'realtime.followChanged',
      async (e) => {
        if (this.sockets.io)
          await this.followerRooms.followChanged(this.sockets.io, e.followerId, e.followeeId);
      },
      FAST,
    );
    this.outbox.on(
      'stream.answer.accepted',
      'realtime.answerAccepted',
      async (e) =>
        this.publisher.toRooms([postRoom(e.postId)], 'answer:accepted', {
          postId: e.postId,
          replyId: e.replyId,
        }),
      FAST,
    );
    this.outbox.on(
      'identity.user.deactivated',
      'realtime.disconnectUser',
      async (e) => {
        this.sockets.io?.in(userRoom(e.userId)).disconnectSockets(true);
      },
      FAST,
    );
    // Log out, log out everywhere, deactivation: through the adapter, on every node.
    this.outbox.on(
      'identity.session.revoked',
      'realtime.disconnectSessions',
      async (e) => {
        this.sockets.io?.in(e.sessionIds.map(sessionRoom)).disconnectSockets(true);
        this.sockets.sessionsRevoked(e.sessionIds);
      },
      FAST,
    );
    this.outbox.on(
      'communities.member.removed',
      'realtime.memberRemoved',
      (e) => this.rooms.revalidate(userRoom(e.userId)),
      FAST,
    );
    // Hidden by moderation: listeners of its live room who may no longer see it leave the room
    // (its author and moderators stay).
    this.outbox.on(
      'moderation.post.hidden',
      'realtime.postHidden',
      (e) => this.rooms.revalidate(postRoom(e.postId)),
      FAST,
    );
    this.outbox.on(
      'communities.community.typeChanged',
      'realtime.typeChanged',
      (e) => this.rooms.revalidate(communityRoom(e.communityId)),
      FAST,
    );
  }

  /**
   * "New posts" banners: a community's room for community posts; for public posts outside
   * communities, the room of the author's followers (members-only posts never go there).
   */
  private async postCreated({ postId }: { postId: string }): Promise<void> {
    const post = await this.stream.livePost(postId);
    if (!post) return;
    // Outside communities every post is public (a database CHECK): its author's followers hear.
    const room = post.communityId ? communityRoom(post.communityId) : followersRoom(post.authorId);
    this.publisher.toRooms([room], 'post:created', {
      postId,
      authorId: post.authorId,
      communityId: post.communityId,
    });
  }

  private async replyCreated({ postId, replyId }: { postId: string; replyId: string }) {
    const authorId = await this.stream.replyAuthor(replyId, { liveOnly: true });
    if (!authorId) return;
    this.publisher.toRooms([postRoom(postId)], 'reply:created', {
      postId,
      replyId,
      authorId,
    });
  }
}
