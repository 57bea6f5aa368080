import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long a device stays trusted for an account after it signed in. */
const TRUSTED_DAYS = 180;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Device cookies (OWASP): a browser that signed in to an account carries a random token; only its
 * hash is stored, per account. Failed log-ins from that browser count on their own, so a lock
 * caused by someone else's guesses never reaches the owner's usual device.
 */
@Injectable()
export class LoginDeviceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The token's hash when this browser signed in to the account lately, else null. */
  async trusted(token: string | null, userId: string): Promise<string | null> {
    if (!token || token.length > 100) return null;
    const hash = hashOf(token);
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM login_devices WHERE token_hash = $1 AND user_id = $2
          AND created_at > now() - make_interval(days => $3)`,
      [hash, userId, TRUSTED_DAYS],
    );
    return row ? hash : null;
  }

  /** Trusts this browser for the account (a new token when it has none); returns the token. */
  async remember(token: string | null, userId: string): Promise<{ token: string; expires: Date }> {
    const kept =
      token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO login_devices (token_hash, user_id) VALUES ($1, $2)
       ON CONFLICT (token_hash, user_id) DO UPDATE SET created_at = now()`,
      [hashOf(kept), userId],
    );
    return { token: kept, expires: new Date(Date.now() + TRUSTED_DAYS * 86_400_000) };
  }
}
