import { UserRole } from '@outloud/contracts';

/** The authenticated person making a request (resolved from the session cookie by identity). */
export interface Viewer {
  id: string;
  handle: string;
  role: UserRole;
  /** The session, or the API token a script authenticated with. */
  sessionId: string;
  /**
   * Set when the request came with a personal API token: what it may do (`read`, `write`,
   * `admin`). A token without `admin` acts with a member's rights; without `write` it only reads.
   */
  tokenScopes?: readonly string[];
}

/** What every request carries: set by middleware before GraphQL or REST handlers run. */
export interface RequestState {
  requestId: string;
  viewer: Viewer | null;
  clientAddress: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    outloud?: RequestState;
  }
}
