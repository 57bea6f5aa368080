import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

/** The windows' table and the one fact about a person the limits need. */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A limiter over `rate_limits` (created by migration 1764002500000). */
  limiter(options: {
    keyPrefix: string;
    points: number;
    duration: number;
    clearExpiredByTimeout: boolean;
  }): RateLimiterPostgres {
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
    });
  }

  /**
   * When the account was created. Core sits below identity, so it cannot ask identity's read
   * port; this immutable column is the only thing it reads from `users`.
   */
  async accountCreatedAt(userId: string): Promise<Date | null> {
    const [row]: { created_at: Date }[] = await this.dataSource.query(
      `SELECT created_at FROM users WHERE id = $1`,
      [userId],
    );
    return row?.created_at ?? null;
  }
}
