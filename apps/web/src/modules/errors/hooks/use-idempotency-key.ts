import { useRef } from 'react';

/** 128 random bits as hex; `crypto.randomUUID` exists only on HTTPS pages and localhost. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per composer, sent with every attempt of the same write: a double click or a retry
 * after a lost answer gets the first result back instead of a second post. `renew` after a
 * success, so the next write is a new one.
 */
export function useIdempotencyKey(): { current: () => string; renew: () => void } {
  const key = useRef<string | null>(null);
  key.current ??= newIdempotencyKey();
  return {
    current: () => (key.current ??= newIdempotencyKey()),
    renew: () => {
      key.current = newIdempotencyKey();
    },
  };
}
