import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { FileTooLargeError, UploadInspector } from './upload-inspector';

async function inspect(chunks: Buffer[], max = 1000) {
  const inspector = new UploadInspector(max);
  await pipeline(Readable.from(chunks), inspector, new Writable({ write: (_c, _e, cb) => cb() }));
  return inspector.result();
}

describe('UploadInspector', () => {
  it('hashes and measures the stream', async () => {
    const r = await inspect([Buffer.from('hello '), Buffer.from('world')]);
    expect(r.sha256).toBe(createHash('sha256').update('hello world').digest('hex'));
    expect(r.sizeBytes).toBe(11);
    expect(r.isUtf8Text).toBe(true);
    expect(r.textSample).toBe('hello world');
  });

  it('accepts a multi-byte character split across chunks', async () => {
    const euro = Buffer.from('€');
    const r = await inspect([euro.subarray(0, 1), euro.subarray(1)]);
    expect(r.isUtf8Text).toBe(true);
    expect(r.textSample).toBe('€');
  });

  it.each([
    ['a NUL byte', [Buffer.from([0x61, 0x00, 0x62])]],
    ['invalid UTF-8', [Buffer.from([0xc3, 0x28])]],
    ['a truncated character at the end', [Buffer.from([0xe2, 0x82])]],
  ])('does not call %s text', async (_label, chunks) => {
    expect((await inspect(chunks)).isUtf8Text).toBe(false);
  });

  it('fails as soon as the limit is passed', async () => {
    await expect(inspect([Buffer.alloc(600, 1), Buffer.alloc(600, 1)])).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
  });
});
