// Measures upload and download throughput of one large file against a running API, and the API
// process's resident memory while it streams (read from /proc, Linux only).
// Usage: node libs/server/files/scripts/measure-upload.mjs <apiUrl> <apiPid> [sizeMB=100]
// Logs in with the demo account (SEED_DEMO). Not part of any test suite.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const [url = 'http://127.0.0.1:3000', pid, sizeArg = '100'] = process.argv.slice(2);
if (!pid) throw new Error('Give the API process id so its memory can be sampled.');
const size = Number(sizeArg) * 1024 * 1024;

const rssMB = async () => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

async function sampling(run) {
  const samples = [await rssMB()];
  const timer = setInterval(() => rssMB().then((v) => samples.push(v)), 20);
  const start = process.hrtime.bigint();
  const result = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  return { result, seconds, before: samples[0], peak: Math.max(...samples) };
}

// A PDF header then random bytes: accepted as a PDF, and incompressible.
const path = join(tmpdir(), `outloud-measure-${process.pid}.pdf`);
await pipeline(
  (async function* () {
    yield Buffer.from('%PDF-1.7\n');
    for (let left = size - 9; left > 0; left -= 1024 * 1024)
      yield randomBytes(Math.min(left, 1024 * 1024));
  })(),
  createWriteStream(path),
);

const login = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  body: JSON.stringify({
    query:
      'mutation { logIn(input: { login: "ana", password: "welcome-to-outloud" }) { viewer { id } } }',
  }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

const boundary = `----measure${Date.now()}`;
const head = Buffer.from(
  `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nmeasure.pdf\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="measure.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
);
const tail = Buffer.from(`\r\n--${boundary}--\r\n`);

const upload = await sampling(
  () =>
    new Promise((resolve, reject) => {
      const req = request(`${url}/files/uploads`, {
        method: 'POST',
        headers: {
          cookie,
          'x-outloud-csrf': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      });
      req.on('response', async (res) => {
        let text = '';
        for await (const chunk of res) text += chunk;
        res.statusCode === 201 ? resolve(JSON.parse(text).file) : reject(new Error(text));
      });
      req.on('error', reject);
      req.write(head);
      const body = createReadStream(path);
      body.pipe(req, { end: false });
      body.on('end', () => req.end(tail));
    }),
);

const download = await sampling(async () => {
  const res = await fetch(`${url}${upload.result.downloadUrl}`, { headers: { cookie } });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  return bytes;
});
await rm(path, { force: true });

const mbps = (s) => (size / 1024 / 1024 / s).toFixed(0);
console.log(
  `file: ${sizeArg} MB, stored as ${upload.result.mimeType}, sha256 ${upload.result.sha256.slice(0, 12)}…`,
);
console.log(
  `upload:   ${upload.seconds.toFixed(2)} s (${mbps(upload.seconds)} MB/s); API RSS ${upload.before.toFixed(0)} MB before, ${upload.peak.toFixed(0)} MB peak`,
);
console.log(
  `download: ${download.seconds.toFixed(2)} s (${mbps(download.seconds)} MB/s, ${download.result} bytes); API RSS peak ${download.peak.toFixed(0)} MB`,
);
