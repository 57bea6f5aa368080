import { CoreAndIdentity1764000000000 } from './1764000000000-CoreAndIdentity';

/** Every migration, in order. Never edit one that has been merged; add a new one. */
export const MIGRATIONS = [CoreAndIdentity1764000000000];
