import type { Readable } from 'node:stream';

/** Injection token of the configured blob storage. */
export const BLOB_STORAGE = Symbol('BLOB_STORAGE');

/**
 * Where file contents live, addressed by their SHA-256 (identical uploads share one blob).
 * Uploads are first written to a local temporary file (the hash is only known at the end);
 * `put` then moves that file into the store.
 */
export interface BlobStorage {
  /** Moves a finished temporary file into the store under its hash; the temp file is gone after. */
  put(sha256: string, tempFile: string, sizeBytes: number): Promise<void>;
  /** A stream of the blob's bytes; rejects when it does not exist. */
  open(sha256: string): Promise<Readable>;
  /** Removes a blob; no error when it is already gone. */
  delete(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * `ab/cd/<sha256>`: two levels of fan-out keep directories small. Only a well-formed hash is
 * accepted, so nothing a client sends can become a path.
 */
export function blobKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256.slice(0, 80)}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
