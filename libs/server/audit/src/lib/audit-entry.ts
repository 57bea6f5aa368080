import { RequestState, Viewer } from '@outloud/server-core';

/** Who did something. Labels are kept as they were at the time (handles can change). */
export enum AuditActorType {
  /** A signed-in person (through a session). */
  USER = 'user',
  /** A person acting through a personal API token. */
  API_TOKEN = 'api_token',
  /** An identity provider's provisioning client, through a SCIM token. */
  SCIM = 'scim',
  /** Nobody signed in (a failed sign-in). */
  ANONYMOUS = 'anonymous',
  /** Outloud itself (jobs, command-line tools). */
  SYSTEM = 'system',
}

export interface AuditActor {
  type: AuditActorType;
  /** The person (USER, API_TOKEN) or the SCIM token; null for ANONYMOUS and SYSTEM. */
  id: string | null;
  /** A handle or token name at the time; readable after renames. */
  label: string | null;
}

/** Where a request came from; both optional (jobs and tools have neither). */
export interface AuditContext {
  requestId?: string | null;
  ipAddress?: string | null;
}

/** One entry to append. `action` is `<domain>.<entity>.<pastVerb>`, like outbox events. */
export interface AuditRecord {
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string } | null;
  /** The state before the action (only the fields that changed), or null. */
  before?: unknown;
  /** The state after the action, or the event's details (e.g. how someone signed in). */
  after?: unknown;
  /** Why, when a person gave a reason (moderation) or a rule decided (e.g. "wrong password"). */
  reason?: string | null;
  context?: AuditContext | null;
}

export const SYSTEM_ACTOR: AuditActor = {
  type: AuditActorType.SYSTEM,
  id: null,
  label: 'outloud',
};
export const ANONYMOUS_ACTOR: AuditActor = {
  type: AuditActorType.ANONYMOUS,
  id: null,
  label: null,
};

export function userActor(viewer: Pick<Viewer, 'id' | 'handle'>): AuditActor {
  return { type: AuditActorType.USER, id: viewer.id, label: viewer.handle };
}

/** The request id and client address of an HTTP request, for `AuditRecord.context`. */
export function auditContextOf(
  state: Pick<RequestState, 'requestId' | 'clientAddress'>,
): AuditContext {
  return { requestId: state.requestId, ipAddress: state.clientAddress };
}

/** Actions recorded by the platform's own security events. Other libs add their own strings. */
export const IDENTITY_AUDIT_ACTIONS = {
  signedUp: 'identity.user.signedUp',
  signedIn: 'identity.session.started',
  signInFailed: 'identity.session.refused',
  signedOutEverywhere: 'identity.session.revokedAll',
  /** The person ended one of their other sessions ("sign out that device"). */
  sessionEnded: 'identity.session.revoked',
  /** The person changed their password; their other sessions ended with it. */
  passwordChanged: 'identity.user.passwordChanged',
  roleChanged: 'identity.user.roleChanged',
  deactivated: 'identity.user.deactivated',
  reactivated: 'identity.user.reactivated',
  /** Created by the identity provider (single sign-on's first sign-in) or SCIM. */
  provisioned: 'identity.user.provisioned',
  /** Name, title, department, locale or e-mail changed by the directory. */
  profileSynced: 'identity.user.profileSynced',
  /** An admin changed an instance setting (before and after hold its value). */
  settingChanged: 'identity.setting.changed',
} as const;
