import { S3Client } from '@aws-sdk/client-s3';
import { AppConfig } from '@outloud/server-core';
import { join } from 'node:path';
import { BlobStorage } from './blob-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { s3ClientConfig, S3Storage } from './s3.storage';

/** `<DATA_DIR>/files`: local blobs, and the temp directory uploads stream into. */
export const filesRoot = (config: AppConfig) => join(config.dataDir, 'files');
export const uploadTempDir = (config: AppConfig) => join(filesRoot(config), 'tmp');

/** The configured storage: S3 when `S3_BUCKET` is set, else the local disk (also used by the seed). */
export function createBlobStorage(config: AppConfig): BlobStorage {
  const bucket = config.get('S3_BUCKET');
  return bucket
    ? new S3Storage(new S3Client(s3ClientConfig(config)), bucket)
    : new LocalDiskStorage(filesRoot(config));
}
