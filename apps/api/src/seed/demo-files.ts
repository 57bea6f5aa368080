import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';
import { z } from 'zod';
import raw from './data/files.json';
import { createRng } from './prng';
import { parseSeedData, tag, text } from './seed-data';

/**
 * The demo organisation's shared documents: what each file is, and its bytes (generated here,
 * no network). PDFs come from pdf-lib with fixed metadata dates, images from a tiny PNG encoder,
 * so every run produces the same bytes and therefore the same content-addressed blobs. What the
 * files say is in data/files.json.
 */

const demoFileSchema = z.strictObject({
  name: text,
  kind: z.enum(['pdf', 'md', 'txt', 'csv', 'png']),
  /** A community slug; unset: the owner's own files. */
  community: z.string().optional(),
  /** Fixed owner handle (e.g. the demo log-in); else someone of `department` or a member. */
  owner: z.string().optional(),
  department: z.string().optional(),
  title: text,
  description: text,
  tags: z.array(tag),
  /** Paragraphs (text kinds and PDF); ignored for images. */
  body: z.array(z.string()),
  /** What each later version changed (so `revisions.length + 1` versions). */
  revisions: z.array(text).optional(),
  /** How much people use it: leaders (8–10) become the de-facto standard documents. */
  popularity: z.number().int().min(0).max(10).optional(),
});
export type DemoFile = z.infer<typeof demoFileSchema>;
export type DemoFileKind = DemoFile['kind'];

const DATA = parseSeedData(
  'files.json',
  z.strictObject({
    files: z.array(demoFileSchema).min(1),
    /** Comments people leave on files. */
    comments: z.array(text).min(1),
  }),
  raw,
);
export const DEMO_FILES: DemoFile[] = DATA.files;
export const DEMO_FILE_COMMENTS: readonly string[] = DATA.comments;

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/** The text of a version (1-based) of a text or PDF file: the body plus what changed so far. */
export function versionParagraphs(file: DemoFile, version: number): string[] {
  const changes = (file.revisions ?? []).slice(0, version - 1);
  if (!changes.length) return file.body;
  const heading = file.kind === 'md' ? '## Changes' : 'Changes';
  return [
    ...file.body,
    heading,
    ...changes.map((change, i) =>
      file.kind === 'md' ? `- Version ${i + 2}: ${change}` : `Version ${i + 2}: ${change}`,
    ),
  ];
}

export interface DemoContent {
  bytes: Buffer;
  mimeType: string;
  /** What search gets (text kinds and PDF), else null. */
  text: string | null;
}

/** The bytes of one version of a demo file. */
export async function demoContent(file: DemoFile, version: number): Promise<DemoContent> {
  const paragraphs = versionParagraphs(file, version);
  switch (file.kind) {
    case 'pdf': {
      const bytes = await pdfDocument(file.title, paragraphs);
      return {
        bytes,
        mimeType: 'application/pdf',
        text: [file.title, ...paragraphs].join('\n'),
      };
    }
    case 'png':
      return { bytes: pngPicture(file.name, version), mimeType: 'image/png', text: null };
    default: {
      const text =
        file.kind === 'md' ? `${paragraphs.join('\n\n')}\n` : `${paragraphs.join('\n')}\n`;
      return {
        bytes: Buffer.from(text, 'utf8'),
        mimeType:
          file.kind === 'md' ? 'text/markdown' : file.kind === 'csv' ? 'text/csv' : 'text/plain',
        text,
      };
    }
  }
}

/** Fixed metadata dates: the same text always gives the same bytes (and blob). */
const PDF_DATE = new Date('2026-01-15T09:00:00Z');

async function pdfDocument(title: string, paragraphs: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('Northwind Ridge');
  doc.setCreator('Outloud demo data');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 64];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, f: PDFFont, size: number, gap: number) => {
    for (const row of wrap(text, f, size, width - 2 * margin)) {
      if (y < margin) {
        page = doc.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(row, { x: margin, y, size, font: f });
      y -= size * 1.4;
    }
    y -= gap;
  };
  line(title, bold, 18, 10);
  line('Northwind Ridge - internal', font, 9, 14);
  for (const p of paragraphs) line(p, p === 'Changes' ? bold : font, 11, 8);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/)) {
    const next = row ? `${row} ${word}` : word;
    if (row && font.widthOfTextAtSize(next, size) > maxWidth) {
      rows.push(row);
      row = word;
    } else row = next;
  }
  if (row) rows.push(row);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Images: a minimal PNG encoder (RGB, no filtering) for small generated pictures
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // first byte of each row: filter type 0
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Rgb = [number, number, number];
const PALETTE: Rgb[] = [
  [29, 78, 137],
  [47, 107, 79],
  [196, 120, 36],
  [140, 60, 120],
  [90, 90, 90],
];

/** A small chart-like picture (bars, blocks or a heat map) seeded by the name and version. */
function pngPicture(name: string, version: number): Buffer {
  let seed = version * 7919;
  for (const ch of name) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  const rng = createRng(seed);
  const [w, h] = [240, 160];
  const background: Rgb = [244, 241, 234];
  if (/chart/i.test(name)) {
    const bars = Array.from({ length: 12 }, (_, i) => 40 + i * 6 + rng.int(0, 30));
    return encodePng(w, h, (x, y) => {
      const i = Math.floor((x - 12) / 18);
      const inBar = i >= 0 && i < 12 && (x - 12) % 18 < 13 && h - 12 - y < bars[i];
      return inBar ? PALETTE[0] : y === h - 12 ? [60, 60, 60] : background;
    });
  }
  if (/coverage|heat/i.test(name)) {
    const spots = Array.from({ length: 5 }, () => [rng.int(20, w - 20), rng.int(20, h - 20)]);
    return encodePng(w, h, (x, y) => {
      const d = Math.min(...spots.map(([sx, sy]) => Math.hypot(x - sx, y - sy)));
      const v = Math.max(0, 1 - d / 90);
      return [Math.round(244 - 200 * v), Math.round(241 - 150 * v), Math.round(234 - 90 * v)];
    });
  }
  // Floor plans, maps and diagrams: coloured blocks on a grid with lines between them.
  const blocks = Array.from({ length: 6 + version * 2 }, () => ({
    x: rng.int(8, w - 50),
    y: rng.int(8, h - 40),
    w: rng.int(20, 44),
    h: rng.int(14, 32),
    color: rng.pick(PALETTE),
  }));
  return encodePng(w, h, (x, y) => {
    for (const b of blocks)
      if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) return b.color;
    return x % 20 === 0 || y % 20 === 0 ? [220, 216, 206] : background;
  });
}
