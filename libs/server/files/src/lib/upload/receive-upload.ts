import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { InspectedUpload, UploadInspector } from './upload-inspector';

export class UploadFormError extends Error {}

/** The client stopped sending bytes for longer than the idle timeout (slow-loris). */
export class UploadIdleError extends Error {
  constructor(readonly idleMs: number) {
    super(`No data for ${Math.round(idleMs / 1000)} seconds: the upload was stopped.`);
  }
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  /** The name the client gave the part (may be empty); never used as a path. */
  partFileName: string;
  tempFile: string;
  inspected: InspectedUpload;
}

const FIELD_MAX_BYTES = 8 * 1024;

/**
 * Streams a multipart upload with exactly one file part named `file` into a temporary file,
 * inspecting it on the way (hash, size limit, type head). Fields may come before or after the
 * file. On any failure (limit, bad form, client gone) the temp file is removed before the
 * promise rejects: an unfinished upload leaves nothing behind.
 */
export function receiveUpload(
  req: Request,
  options: { maxBytes: number; tempDir: string; idleTimeoutMs?: number },
): Promise<ReceivedUpload> {
  return new Promise((resolveUpload, rejectUpload) => {
    // The idle timer restarts on every chunk; a client that stops sending is cut off.
    let idleTimer: NodeJS.Timeout | undefined;
    const onData = () => {
      if (!options.idleTimeoutMs) return;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(
        () => fail(new UploadIdleError(options.idleTimeoutMs as number)),
        options.idleTimeoutMs,
      );
    };
    const stopWatching = () => {
      clearTimeout(idleTimer);
      req.off('data', onData);
    };
    const resolve = (upload: ReceivedUpload) => {
      stopWatching();
      resolveUpload(upload);
    };
    const reject = (error: unknown) => {
      stopWatching();
      rejectUpload(error);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, parts: 11, fieldSize: FIELD_MAX_BYTES, headerPairs: 20 },
      });
    } catch {
      return reject(new UploadFormError('Send the file as multipart/form-data.'));
    }
    const fields: Record<string, string> = {};
    let tempFile: string | null = null;
    let partFileName = '';
    let written: Promise<InspectedUpload> | null = null;
    let fileStream: Readable | null = null;
    let sink: WriteStream | null = null;
    let settled = false;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      parser.removeAllListeners('close');
      fileStream?.destroy();
      // Remove the temp file only once the writer has closed it (it may still be opening).
      const writerClosed = sink && !sink.closed ? once(sink, 'close').catch(() => undefined) : null;
      void Promise.all([written?.catch(() => undefined), writerClosed])
        .then(() => (tempFile ? rm(tempFile, { force: true }) : undefined))
        .finally(() => reject(error));
    };

    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated)
        return fail(new UploadFormError(`The field "${name.slice(0, 40)}" is too long.`));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || written) {
        stream.resume();
        return fail(new UploadFormError('Send exactly one file, in a part named "file".'));
      }
      partFileName = info.filename ?? '';
      tempFile = join(options.tempDir, `${randomUUID()}.part`);
      fileStream = stream;
      sink = createWriteStream(tempFile, { flags: 'wx' });
      const inspector = new UploadInspector(options.maxBytes);
      written = pipeline(stream, inspector, sink).then(() => inspector.result());
      // Fail at once (size limit, disk error) rather than after the whole body arrived.
      written.catch(fail);
    });
    parser.on('filesLimit', () => fail(new UploadFormError('Send only one file per upload.')));
    parser.on('fieldsLimit', () => fail(new UploadFormError('Too many form fields.')));
    parser.on('partsLimit', () => fail(new UploadFormError('Too many form parts.')));
    parser.on('error', (error) =>
      fail(new UploadFormError(`The upload was cut off or malformed (${String(error)}).`)),
    );
    parser.on('close', () => {
      if (!written) return fail(new UploadFormError('Attach one file in a part named "file".'));
      written.then((inspected) => {
        if (settled) return;
        settled = true;
        resolve({ fields, partFileName, tempFile: tempFile as string, inspected });
      }, fail);
    });
    // The client went away before the body ended: busboy may never see the end of the form.
    req.on('aborted', () => fail(new UploadFormError('The upload was cut off.')));
    req.on('error', (error) => fail(error));
    req.on('data', onData);
    onData();
    req.pipe(parser);
  });
}
