import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface LoginAttempt {
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
}

export interface ProviderSession {
  sessionId: string;
  idToken: string;
}

/** The only place that queries sso_login_attempts, sso_identities and sso_sessions. */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Saves a sign-in in flight, and clears a bounded batch of expired ones. */
  async saveAttempt(stateHash: string, attempt: LoginAttempt, ttlSeconds: number): Promise<void> {
    await this.dataSource.query(
      `WITH expired AS (
         DELETE FROM sso_login_attempts WHERE ctid = ANY(ARRAY(
           SELECT ctid FROM sso_login_attempts WHERE expires_at < now() LIMIT 100)))
       INSERT INTO sso_login_attempts (state_hash, browser_hash, nonce, code_verifier, redirect_uri, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        stateHash,
        attempt.browserHash,
        attempt.nonce,
        attempt.codeVerifier,
        attempt.redirectUri,
        attempt.returnTo,
        ttlSeconds,
      ],
    );
  }

  /** Takes a sign-in in flight (single use): a second callback with the same state finds nothing. */
  async takeAttempt(stateHash: string): Promise<LoginAttempt | null> {
    const [rows]: [Record<string, string>[], number] = await this.dataSource.query(
      `DELETE FROM sso_login_attempts WHERE state_hash = $1 AND expires_at > now()
       RETURNING browser_hash, nonce, code_verifier, redirect_uri, return_to`,
      [stateHash],
    );
    const row = rows[0];
    return row
      ? {
          browserHash: row.browser_hash,
          nonce: row.nonce,
          codeVerifier: row.code_verifier,
          redirectUri: row.redirect_uri,
          returnTo: row.return_to,
        }
      : null;
  }

  /** The person behind a provider account, locked for the sign-in's transaction. */
  async linkedUser(tx: EntityManager, issuer: string, subject: string): Promise<string | null> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM sso_identities WHERE issuer = $1 AND subject = $2 FOR UPDATE`,
      [issuer, subject],
    );
    return rows[0]?.user_id ?? null;
  }

  async link(
    tx: EntityManager,
    link: { issuer: string; subject: string; userId: string; email: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO sso_identities (issuer, subject, user_id, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (issuer, subject) DO UPDATE SET email = EXCLUDED.email, last_sign_in_at = now()`,
      [link.issuer, link.subject, link.userId, link.email],
    );
  }

  async touch(tx: EntityManager, issuer: string, subject: string, email: string): Promise<void> {
    await tx.query(
      `UPDATE sso_identities SET last_sign_in_at = now(), email = $3 WHERE issuer = $1 AND subject = $2`,
      [issuer, subject, email],
    );
  }

  async saveSession(
    tx: EntityManager,
    s: { sessionId: string; issuer: string; subject: string; sid: string | null; idToken: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO sso_sessions (session_id, issuer, subject, sid, id_token) VALUES ($1, $2, $3, $4, $5)`,
      [s.sessionId, s.issuer, s.subject, s.sid, s.idToken],
    );
  }

  async sessionFor(sessionId: string): Promise<ProviderSession | null> {
    const rows: { session_id: string; id_token: string }[] = await this.dataSource.query(
      `SELECT session_id, id_token FROM sso_sessions WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0] ? { sessionId: rows[0].session_id, idToken: rows[0].id_token } : null;
  }

  /** Outloud sessions of a provider session (sid) or, without sid, of the provider account. */
  async sessionIdsFor(
    issuer: string,
    match: { sid?: string; subject?: string },
  ): Promise<string[]> {
    const rows: { session_id: string }[] = match.sid
      ? await this.dataSource.query(
          `SELECT session_id FROM sso_sessions WHERE issuer = $1 AND sid = $2`,
          [issuer, match.sid],
        )
      : await this.dataSource.query(
          `SELECT session_id FROM sso_sessions WHERE issuer = $1 AND subject = $2`,
          [issuer, match.subject],
        );
    return rows.map((r) => r.session_id);
  }
}
