export interface UploadedFile {
  id: string;
  name: string;
}

export interface UploadOptions {
  /** POST /files/uploads, or /files/:id/versions for a new version. */
  url: string;
  file: File;
  fields?: Record<string, string>;
  onProgress?: (percent: number) => void;
  /** Abort with `signal`. */
  signal?: AbortSignal;
  /** The upload form's key: a retry of a stored upload returns the first file. */
  idempotencyKey?: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** A person-readable message from the API's error body `{ errors: [{ message, extensions }] }`. */
export function uploadErrorOf(status: number, body: string): UploadError {
  let message: string | null = null;
  let code: string | null = null;
  try {
    const parsed = JSON.parse(body) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    message = parsed.errors?.[0]?.message ?? null;
    code = parsed.errors?.[0]?.extensions?.code ?? null;
  } catch {
    // Not JSON (a proxy's page): fall back to the status.
  }
  if (!message) {
    if (status === 413) message = 'The file is too large.';
    else if (status === 401) message = 'Your session ended. Log in again.';
    else if (status === 403) message = 'You cannot upload here.';
    else if (status === 404) message = 'That file or community was not found.';
    else if (status === 429) message = 'You have too many uploads running. Wait for one to finish.';
    else if (status === 408) message = 'The upload stalled and was stopped. Try again.';
    else if (status === 0) message = 'The upload did not reach the server. Check your connection.';
    else message = `The upload failed (${status}).`;
  }
  return new UploadError(message, status, code);
}

/**
 * Streams a file with XMLHttpRequest (fetch has no upload progress), with the CSRF header the API
 * asks for. Resolves with the created file; rejects with an UploadError.
 */
export function uploadFile({
  url,
  file,
  fields,
  onProgress,
  signal,
  idempotencyKey,
}: UploadOptions) {
  return new Promise<UploadedFile>((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields ?? {})) if (value) form.append(key, value);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-outloud-csrf', '1');
    if (idempotencyKey) xhr.setRequestHeader('idempotency-key', idempotencyKey);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress?.((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          const parsed = JSON.parse(xhr.responseText) as { file: UploadedFile };
          onProgress?.(100);
          resolve(parsed.file);
        } catch {
          reject(new UploadError('The server’s answer could not be read.', xhr.status, null));
        }
        return;
      }
      reject(uploadErrorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadErrorOf(0, ''));
    xhr.onabort = () => reject(new UploadError('Upload cancelled.', 0, 'ABORTED'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
