import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { TransactionRunner } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { FileRepository } from '../file.repository';
import { BLOB_STORAGE, BlobStorage } from './blob-storage';

/** Where uploads are written while they stream in (inside the files tree: same file system). */
export const UPLOAD_TEMP_DIR = Symbol('UPLOAD_TEMP_DIR');
const STALE_TEMP_MS = 24 * 3600 * 1000;

/**
 * Blobs and the rows that use them, kept consistent. Publishing a blob and deleting an unused
 * one both hold a transaction-scoped advisory lock on the hash, so a delete can never remove a
 * blob that a concurrent upload of the same content is about to reference.
 */
@Injectable()
export class BlobStore implements OnModuleInit {
  private readonly logger = new Logger('BlobStore');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly files: FileRepository,
    @Inject(BLOB_STORAGE) private readonly storage: BlobStorage,
    @Inject(UPLOAD_TEMP_DIR) readonly tempDir: string,
  ) {}

  /** Temp files older than a day were left by a crash mid-upload: remove them. */
  async onModuleInit(): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
    const now = Date.now();
    for (const name of await readdir(this.tempDir)) {
      const path = join(this.tempDir, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  }

  /** Inside the caller's transaction: lock the hash, then move the temp file into the store. */
  async publish(tx: EntityManager, sha256: string, tempFile: string, sizeBytes: number) {
    await this.lockHash(tx, sha256);
    await this.storage.put(sha256, tempFile, sizeBytes);
  }

  open(sha256: string): Promise<Readable> {
    return this.storage.open(sha256);
  }

  /** Deletes each blob no file version references any more (after the rows are gone). */
  async collect(hashes: Iterable<string>): Promise<void> {
    for (const sha256 of new Set(hashes)) {
      try {
        await this.transactions.run(async (tx) => {
          await this.lockHash(tx, sha256);
          if (!(await this.files.blobInUse(tx, sha256))) await this.storage.delete(sha256);
        });
      } catch (error) {
        // A leftover blob wastes space but breaks nothing; the next delete of that hash retries.
        this.logger.warn(`Could not collect blob ${sha256}: ${String(error)}`);
      }
    }
  }

  private async lockHash(tx: EntityManager, sha256: string): Promise<void> {
    await this.files.lock(tx, `file-blob:${sha256}`);
  }
}
