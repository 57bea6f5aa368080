import { AppConfig } from '@outloud/server-core';
import { blobKey } from './blob-storage';
import { s3ClientConfig, s3KeyOf } from './s3.storage';

const SHA = 'ab'.repeat(32);

describe('blob keys', () => {
  it('fans out by the first two bytes of the hash', () => {
    expect(blobKey(SHA)).toBe(`ab/ab/${SHA}`);
    expect(s3KeyOf(SHA)).toBe(`files/ab/ab/${SHA}`);
  });

  it.each(['../../etc/passwd', 'AB'.repeat(32), `${SHA}/x`, ''])(
    'refuses anything but a hex SHA-256: %j',
    (bad) => {
      expect(() => s3KeyOf(bad)).toThrow(/Not a SHA-256/);
    },
  );
});

describe('s3ClientConfig', () => {
  it('uses explicit credentials and path-style addressing when configured', () => {
    const config = AppConfig.fromEnv({
      S3_BUCKET: 'files',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(s3ClientConfig(config)).toEqual({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
  });

  it('leaves credentials to the SDK chain when not configured', () => {
    expect(s3ClientConfig(AppConfig.fromEnv({ S3_BUCKET: 'files' })).credentials).toBeUndefined();
  });
});
