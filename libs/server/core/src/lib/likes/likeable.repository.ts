import { DataSource, EntityManager } from 'typeorm';

/**
 * Where one domain keeps the likes of one kind of thing. Each domain owns its tables (`likes` for
 * posts and replies, `file_likes` for files); this names them so the statements are written once.
 */
export interface LikeTable {
  /** One row per (subject, person) with `user_id` and `created_at`. */
  table: string;
  /** The column holding the liked thing's id. */
  subjectColumn: string;
  /** When one table holds likes of several kinds: the column and value for this kind. */
  kind?: { column: string; value: string };
  /** The liked things' table, keyed by `id`, and its kept count of likes. */
  counted: { table: string; column: string };
}

/** A like given or taken back, with the thing's count after it. */
export interface LikeChange {
  /** When the like was given (for a removal: had been given). */
  likedAt: Date;
  likeCount: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * "Likeable" in one place: one like per person per thing, given or taken back with the thing's
 * count moved in the same statement, and which things a viewer likes. The caller checks
 * visibility and holds the thing's row lock; names come from code, never from input.
 */
export class LikeableRepository {
  private readonly kindSql: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly likes: LikeTable,
  ) {
    const names = [likes.table, likes.subjectColumn, likes.counted.table, likes.counted.column];
    if (likes.kind) names.push(likes.kind.column);
    for (const name of names)
      if (!IDENTIFIER.test(name)) throw new Error(`Not a table or column name: ${name}`);
    this.kindSql = likes.kind ? ` AND ${likes.kind.column} = $4` : '';
  }

  /**
   * Adds (`liked`) or removes one person's like and moves the kept count by one; null when that
   * was already so (nothing changed, the count is left alone).
   */
  async set(
    tx: EntityManager,
    subjectId: string,
    userId: string,
    liked: boolean,
  ): Promise<LikeChange | null> {
    const { table, subjectColumn: subject, kind, counted } = this.likes;
    const change = liked
      ? `INSERT INTO ${table} (${kind ? `${kind.column}, ` : ''}${subject}, user_id)
         VALUES (${kind ? '$4, ' : ''}$1, $2) ON CONFLICT DO NOTHING RETURNING created_at`
      : `DELETE FROM ${table} WHERE ${subject} = $1 AND user_id = $2${this.kindSql}
         RETURNING created_at`;
    const rows: { liked_at: Date; like_count: number }[] = await tx.query(
      `WITH changed AS (${change}),
       counted AS (
         UPDATE ${counted.table} SET ${counted.column} = ${counted.column} + $3
          WHERE id = $1 AND EXISTS (SELECT 1 FROM changed)
          RETURNING ${counted.column} AS like_count)
       SELECT changed.created_at AS liked_at, counted.like_count
         FROM changed LEFT JOIN counted ON true`,
      [subjectId, userId, liked ? 1 : -1, ...(kind ? [kind.value] : [])],
    );
    return rows[0] ? { likedAt: rows[0].liked_at, likeCount: rows[0].like_count } : null;
  }

  /** Which of `ids` the viewer likes. */
  async likedBy(viewerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const { table, subjectColumn: subject } = this.likes;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT ${subject} AS id FROM ${table}
        WHERE user_id = $1 AND ${subject} = ANY($2::uuid[])${this.kindSql.replace('$4', '$3')}`,
      [viewerId, ids, ...(this.likes.kind ? [this.likes.kind.value] : [])],
    );
    return new Set(rows.map((r) => r.id));
  }
}
