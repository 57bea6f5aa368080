import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AppConfig } from '@outloud/server-core';
import { BlobStorage, blobKey } from './blob-storage';

/** Object key of a blob: the same content-addressed layout as on disk, under `files/`. */
export function s3KeyOf(sha256: string, prefix = 'files/'): string {
  return `${prefix}${blobKey(sha256)}`;
}

/** Settings for the S3 client, from config (credentials fall back to the SDK's default chain). */
export function s3ClientConfig(config: AppConfig) {
  const accessKeyId = config.get('S3_ACCESS_KEY_ID');
  const secretAccessKey = config.get('S3_SECRET_ACCESS_KEY');
  return {
    region: config.get('S3_REGION'),
    endpoint: config.get('S3_ENDPOINT'),
    forcePathStyle: config.get('S3_FORCE_PATH_STYLE'),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** Thin S3-compatible adapter: one object per blob, streamed in and out. */
export class S3Storage implements BlobStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(sha256: string, tempFile: string, sizeBytes: number): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: s3KeyOf(sha256),
        Body: createReadStream(tempFile),
        ContentLength: sizeBytes,
        // Served through the API with its own headers; the bucket never serves it to browsers.
        ContentType: 'application/octet-stream',
      }),
    );
    await rm(tempFile, { force: true });
  }

  async open(sha256: string): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: s3KeyOf(sha256) }),
    );
    if (!(out.Body instanceof Readable)) throw new Error('S3 returned no body stream');
    return out.Body;
  }

  async delete(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: s3KeyOf(sha256) }));
  }
}
