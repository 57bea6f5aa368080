import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LikeableRepository, LikeChange } from '@outloud/server-core';
import { DataSource, EntityManager } from 'typeorm';

export type LikeSubject = 'post' | 'reply';

/** The only place that reaches likes of posts and replies (one `likes` table, by subject type). */
@Injectable()
export class LikeRepository {
  private readonly subjects: Record<LikeSubject, LikeableRepository>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const likesOf = (value: LikeSubject, table: string) =>
      new LikeableRepository(dataSource, {
        table: 'likes',
        subjectColumn: 'subject_id',
        kind: { column: 'subject_type', value },
        counted: { table, column: 'like_count' },
      });
    this.subjects = { post: likesOf('post', 'posts'), reply: likesOf('reply', 'replies') };
  }

  /**
   * Adds or removes one person's like and moves the post's or reply's count; null when there
   * was nothing to change.
   */
  set(
    manager: EntityManager,
    type: LikeSubject,
    subjectId: string,
    userId: string,
    liked: boolean,
  ): Promise<LikeChange | null> {
    return this.subjects[type].set(manager, subjectId, userId, liked);
  }

  /** Which subjects of a type the viewer likes. */
  likedBy(viewerId: string, type: LikeSubject, ids: readonly string[]): Promise<Set<string>> {
    return this.subjects[type].likedBy(viewerId, ids);
  }
}
