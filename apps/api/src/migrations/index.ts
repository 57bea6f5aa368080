import { CoreAndIdentity1764000000000 } from './1764000000000-CoreAndIdentity';
import { Stream1764000100000 } from './1764000100000-Stream';
import { Communities1764000200000 } from './1764000200000-Communities';

/** Every migration, in order. Never edit one that has been merged; add a new one. */
export const MIGRATIONS = [
  CoreAndIdentity1764000000000,
  Stream1764000100000,
  Communities1764000200000,
];
