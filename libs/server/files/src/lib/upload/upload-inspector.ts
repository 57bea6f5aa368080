import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';

const HEAD_BYTES = 64 * 1024;
/** Text kept for search, as the issue caps it. */
export const EXTRACTED_TEXT_MAX_BYTES = 100 * 1024;

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${maxBytes} bytes.`);
  }
}

export interface InspectedUpload {
  sha256: string;
  sizeBytes: number;
  /** First bytes, for type sniffing. */
  head: Buffer;
  /** The whole stream was valid UTF-8 without NUL bytes. */
  isUtf8Text: boolean;
  /** Up to 100 KB of the text (when it is text), for search. */
  textSample: string | null;
}

/**
 * Passes an upload through unchanged while hashing it, counting bytes (failing at the limit, so
 * nothing above it is ever written), keeping the head for sniffing and checking for UTF-8 text.
 * Memory use is bounded by the head and text sample, whatever the file size.
 */
export class UploadInspector extends Transform {
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly headChunks: Buffer[] = [];
  private headBytes = 0;
  private readonly textChunks: Buffer[] = [];
  private textBytes = 0;
  private size = 0;
  private isText = true;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new FileTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    if (this.headBytes < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headBytes);
      this.headChunks.push(Buffer.from(part));
      this.headBytes += part.length;
    }
    if (this.isText) this.checkText(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.isText) {
      try {
        this.decoder.decode(); // a truncated multi-byte sequence at the end fails here
      } catch {
        this.isText = false;
      }
    }
    done();
  }

  /** Call once the stream has finished. */
  result(): InspectedUpload {
    return {
      sha256: this.hash.digest('hex'),
      sizeBytes: this.size,
      head: Buffer.concat(this.headChunks),
      isUtf8Text: this.isText && this.size > 0,
      textSample: this.isText ? this.sampleText() : null,
    };
  }

  private checkText(chunk: Buffer): void {
    try {
      if (chunk.includes(0)) throw new Error('NUL');
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.isText = false;
      this.textChunks.length = 0;
      return;
    }
    if (this.textBytes < EXTRACTED_TEXT_MAX_BYTES) {
      const part = chunk.subarray(0, EXTRACTED_TEXT_MAX_BYTES - this.textBytes);
      this.textChunks.push(Buffer.from(part));
      this.textBytes += part.length;
    }
  }

  private sampleText(): string {
    // The cap may cut a character in two: drop the replacement character that leaves.
    return new TextDecoder('utf-8')
      .decode(Buffer.concat(this.textChunks))
      .replace(/\ufffd$/, '')
      .replace(/^\ufeff/, '');
  }
}
