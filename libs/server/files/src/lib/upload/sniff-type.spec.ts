import { sniffType } from './sniff-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

describe('sniffType', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'x.bin', 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf', 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'x.jpg', 'image/jpeg'],
    ['a GIF', bytes('GIF89a'), 'x.gif', 'image/gif'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x.webp', 'image/webp'],
    [
      'a Word document',
      bytes([0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), '[Content_Types].xml....word/document.xml'),
      'x.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'an OpenDocument text',
      bytes(
        [0x50, 0x4b, 0x03, 0x04],
        'x'.repeat(26),
        'mimetypeapplication/vnd.oasis.opendocument.textPK',
      ),
      'x.odt',
      'application/vnd.oasis.opendocument.text',
    ],
    ['a plain ZIP', bytes([0x50, 0x4b, 0x03, 0x04], 'abc'), 'x.zip', 'application/zip'],
  ])('recognises %s from its bytes, whatever the name', (_label, head, name, mimeType) => {
    expect(sniffType(head, false, name)).toEqual({ ok: true, mimeType });
  });

  it.each([
    ['notes.md', 'text/markdown'],
    ['data.csv', 'text/csv'],
    ['notes.txt', 'text/plain'],
    ['README', 'text/plain'],
  ])('types valid UTF-8 text named %s as %s', (name, mimeType) => {
    expect(sniffType(Buffer.from('# Hello\nworld, ünïcode'), true, name)).toEqual({
      ok: true,
      mimeType,
    });
  });

  it.each([
    ['HTML named .png', '<!DOCTYPE html><script>alert(1)</script>', 'cat.png'],
    ['HTML with leading spaces and a BOM', '\ufeff  <html><body>x', 'notes.txt'],
    ['SVG named .jpg', '<?xml version="1.0"?><svg onload="alert(1)"/>', 'x.jpg'],
    ['PHP named .txt', 'hello <?php echo 1; ?>', 'x.txt'],
    ['a shell script', '#!/bin/sh\nrm -rf /', 'run.txt'],
    ['a script tag inside text', 'see this: <script src=//evil></script>', 'x.csv'],
  ])('refuses %s as markup', (_label, text, name) => {
    expect(sniffType(Buffer.from(text), true, name)).toEqual({ ok: false, reason: 'markup' });
  });

  it.each(['page.html', 'x.SVG', 'tool.exe', 'a.js'])('refuses a dangerous name %s', (name) => {
    expect(sniffType(Buffer.from('%PDF-1.4'), false, name)).toEqual({ ok: false, reason: 'name' });
  });

  it('refuses unknown binary content', () => {
    expect(sniffType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), false, 'a.txt')).toEqual({
      ok: false,
      reason: 'unsupported',
    });
  });
});
