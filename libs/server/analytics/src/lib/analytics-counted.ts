import { hiddenIdsSql } from '@outloud/server-core';

/**
 * What counts in every figure (docs/analytics.md, "Exclusions"): content that is deleted or
 * hidden by moderation does not, and neither do the replies, likes and answers of a post that
 * does not. Restoring hidden content brings it all back. One definition for the rollup, the
 * question rows and the outbox handlers.
 */

/** A post that counts: not deleted and not hidden, over a posts alias. */
export const COUNTED_POST = (p: string) =>
  `${p}.deleted_at IS NULL AND ${p}.id NOT IN ${hiddenIdsSql('post')}`;

/** A reply that counts: not deleted, not hidden, and on a post that counts. */
export const COUNTED_REPLY = (r: string, p: string) =>
  `${r}.deleted_at IS NULL AND ${r}.id NOT IN ${hiddenIdsSql('reply')} AND ${COUNTED_POST(p)}`;
