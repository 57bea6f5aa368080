/**
 * The one typed map of domain events, named `<domain>.<entity>.<pastVerb>`. Payloads carry ids
 * only; listeners re-read what they need, so a late job never acts on stale data.
 */
export interface OutloudEvents {
  'identity.user.registered': { userId: string };
  'identity.user.deactivated': { userId: string };
  'identity.user.reactivated': { userId: string };
  'identity.user.profileUpdated': { userId: string };
}

export type OutloudEventName = keyof OutloudEvents;
export type OutloudEvent<K extends OutloudEventName = OutloudEventName> = { type: K; payload: OutloudEvents[K] };
