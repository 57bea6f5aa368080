import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type LikeSubject = 'post' | 'reply';

/** The only place that queries likes of posts and replies. */
@Injectable()
export class LikeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds or removes one person's like; the time the like was given (for a removal: had been
   * given), or null when there was nothing to change.
   */
  async set(
    manager: EntityManager,
    type: LikeSubject,
    subjectId: string,
    userId: string,
    liked: boolean,
  ): Promise<Date | null> {
    const result: unknown = liked
      ? await manager.query(
          `INSERT INTO likes (subject_type, subject_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING created_at`,
          [type, subjectId, userId],
        )
      : await manager.query(
          `DELETE FROM likes WHERE subject_type = $1 AND subject_id = $2 AND user_id = $3 RETURNING created_at`,
          [type, subjectId, userId],
        );
    return returnedRows<{ created_at: Date }>(result)[0]?.created_at ?? null;
  }

  /** Which subjects of a type the viewer likes. */
  async likedBy(viewerId: string, type: LikeSubject, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { subject_id: string }[] = await this.dataSource.query(
      `SELECT subject_id FROM likes WHERE user_id = $1 AND subject_type = $2 AND subject_id = ANY($3::uuid[])`,
      [viewerId, type, ids],
    );
    return new Set(rows.map((r) => r.subject_id));
  }
}

/** TypeORM returns rows for INSERT ... RETURNING and [rows, count] for DELETE ... RETURNING. */
function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number')
    return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
