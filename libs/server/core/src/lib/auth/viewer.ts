import { UserRole } from '@outloud/contracts';

/** The authenticated person making a request (resolved from the session cookie by identity). */
export interface Viewer {
  id: string;
  handle: string;
  role: UserRole;
  sessionId: string;
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
