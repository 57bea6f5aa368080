import pino, { DestinationStream } from 'pino';

/**
 * Standard output written in batches, off the request path: at LOG_LEVEL=info every request
 * logs a line, which was a write system call on the API thread per request. Lines wait until
 * 4 KB are buffered or at most `flushMs`; pino writes what is left synchronously at exit.
 */
export function batchedStdout(flushMs = 250): DestinationStream {
  const out = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => out.flush(), flushMs).unref();
  return out;
}
