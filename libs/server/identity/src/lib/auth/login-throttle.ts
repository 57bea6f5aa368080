import { Injectable } from '@nestjs/common';
import { AppConfig, RateLimitedError } from '@outloud/server-core';
import { LoginFailureScope } from './login-failure.entity';
import { LoginFailureRepository } from './login-failure.repository';

/** Who an attempt is counted against: the resolved account, the address, a trusted device. */
export interface LoginAttempt {
  /** The account's id, or `unknown:<typed text>` when no account matches (same answer either way). */
  account: string;
  address: string;
  /** Set when the request carries this account's device cookie (it signed in from here before). */
  device: string | null;
}

/**
 * Failed log-ins, counted the way OWASP's authentication guidance asks, in PostgreSQL so every API
 * process counts the same attempts (each GraphQL alias counts):
 * - per resolved account, so a handle and an e-mail share one count;
 * - a device that signed in to the account before keeps its own count instead, so someone
 *   guessing elsewhere cannot lock the owner out;
 * - per (address, account), tight; per address, generous: a whole office behind one company
 *   address is not locked out by one colleague's typos.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly failures: LoginFailureRepository,
    private readonly config: AppConfig,
  ) {}

  private keys(a: LoginAttempt): { scope: LoginFailureScope; key: string; limit: number }[] {
    const perAccount = this.config.get('LOGIN_MAX_FAILURES_PER_ACCOUNT');
    return [
      a.device
        ? { scope: 'device', key: `${a.device}|${a.account}`, limit: perAccount }
        : { scope: 'account', key: a.account, limit: perAccount },
      ...(a.device
        ? []
        : [
            {
              scope: 'address_account' as const,
              key: `${a.address}|${a.account}`,
              limit: this.config.get('LOGIN_MAX_FAILURES_PER_ADDRESS_ACCOUNT'),
            },
          ]),
      {
        scope: 'address',
        key: a.address,
        limit: this.config.get('LOGIN_MAX_FAILURES_PER_ADDRESS'),
      },
    ];
  }

  /** Throws RATE_LIMITED (with seconds to wait) when a count that applies is at its limit. */
  async assertAllowed(attempt: LoginAttempt): Promise<void> {
    const window = this.config.get('LOGIN_FAILURE_WINDOW_SECONDS');
    const keys = this.keys(attempt);
    const rows = await this.failures.recent(keys, window);
    for (const row of rows) {
      const limit = keys.find((k) => k.scope === row.scope && k.key === row.key)?.limit ?? 0;
      if (row.count >= limit) {
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

  async recordFailure(attempt: LoginAttempt): Promise<void> {
    await this.failures.record(this.keys(attempt));
  }

  /** After a success: the counts of this account from this device or address start over. */
  async clearAccount(attempt: LoginAttempt): Promise<void> {
    for (const { scope, key } of this.keys(attempt))
      if (scope !== 'address') await this.failures.clear({ scope, key });
  }
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
