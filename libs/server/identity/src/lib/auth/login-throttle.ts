import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, RateLimitedError } from '@outloud/server-core';
import { Repository } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';

/**
 * Limits failed log-ins per account and per client address within a sliding window, in
 * PostgreSQL so every API process counts the same attempts. Each GraphQL alias counts.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
    private readonly config: AppConfig,
  ) {}

  /** Throws RATE_LIMITED (with seconds to wait) when either limit is reached. */
  async assertAllowed(accountKey: string, address: string): Promise<void> {
    const window = this.config.get('LOGIN_FAILURE_WINDOW_SECONDS');
    const rows: { scope: string; count: number; oldest: Date }[] = await this.failures.query(
      `SELECT scope, count(*)::int AS count, min(at) AS oldest FROM login_failures
        WHERE at > now() - make_interval(secs => $3)
          AND ((scope = 'account' AND key = $1) OR (scope = 'address' AND key = $2))
        GROUP BY scope`,
      [accountKey, address, window],
    );
    const limits: Record<string, number> = {
      account: this.config.get('LOGIN_MAX_FAILURES_PER_ACCOUNT'),
      address: this.config.get('LOGIN_MAX_FAILURES_PER_ADDRESS'),
    };
    for (const row of rows) {
      if (row.count >= limits[row.scope]) {
        const retryAfter = Math.max(
          1,
          Math.ceil(window - (Date.now() - new Date(row.oldest).getTime()) / 1000),
        );
        throw new RateLimitedError(
          retryAfter,
          `Too many failed log-ins. Try again in ${formatWait(retryAfter)}.`,
        );
      }
    }
  }

  async recordFailure(accountKey: string, address: string): Promise<void> {
    await this.failures.insert([
      { scope: 'account', key: accountKey },
      { scope: 'address', key: address },
    ]);
  }

  async clearAccount(accountKey: string): Promise<void> {
    await this.failures.delete({ scope: 'account', key: accountKey });
  }
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
