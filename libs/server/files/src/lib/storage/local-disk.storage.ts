import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { BlobStorage, blobKey } from './blob-storage';

/**
 * Blobs under `<DATA_DIR>/files/ab/cd/<sha256>`. The temporary upload lives in the same tree
 * (same file system), so `rename` publishes it atomically: a blob is either whole or absent.
 */
export class LocalDiskStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  async put(sha256: string, tempFile: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(dirname(target), { recursive: true });
    await rename(tempFile, target);
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await stat(path); // fail here (not mid-response) when the blob is missing
    return createReadStream(path);
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    return join(this.root, blobKey(sha256));
  }
}
