import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { cleanExtractedText, extractPdfText } from './pdf-text';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outloud-pdf-text-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function pdfWith(pages: string[]): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages)
    doc.addPage([400, 300]).drawText(text, { x: 20, y: 250, size: 12, font });
  const path = join(dir, `${pages.length}-${Date.now()}.pdf`);
  await writeFile(path, await doc.save());
  return path;
}

describe('extractPdfText', () => {
  it('reads the text of every page', async () => {
    const text = await extractPdfText(
      await pdfWith(['Book trains before planes', 'Receipts within 30 days']),
    );
    expect(text).toContain('Book trains before planes');
    expect(text).toContain('Receipts within 30 days');
  }, 30_000);

  it('stops at the cap', async () => {
    const text = await extractPdfText(await pdfWith(['A'.repeat(50), 'B'.repeat(50)]), 30);
    expect(text).toBe('A'.repeat(30));
  }, 30_000);

  it('gives null, never an error, for a broken or truncated PDF', async () => {
    const broken = join(dir, 'broken.pdf');
    await writeFile(broken, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    expect(await extractPdfText(broken)).toBeNull();
    const missing = join(dir, 'missing.pdf');
    expect(await extractPdfText(missing)).toBeNull();
  }, 30_000);
});

describe('cleanExtractedText', () => {
  it('drops NUL and control characters and squeezes blank space', () => {
    expect(cleanExtractedText('a\u0000b  \t c\n\n\n d\u0007')).toBe('a b c\nd');
    expect(cleanExtractedText(' \u0000 ')).toBeNull();
  });

  it('counts characters, not UTF-16 units, when capping', () => {
    expect(cleanExtractedText('😀😀😀', 2)).toBe('😀😀');
  });
});
