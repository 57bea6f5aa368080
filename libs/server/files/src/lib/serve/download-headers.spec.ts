import { downloadHeaders } from './download-headers';

const file = (name: string, mimeType: string) => ({
  name,
  mimeType,
  sizeBytes: '12',
  sha256: 'a'.repeat(64),
});

describe('downloadHeaders', () => {
  it('lets only images and PDF render inline', () => {
    expect(downloadHeaders(file('a.png', 'image/png'))['Content-Disposition']).toMatch(/^inline;/);
    expect(downloadHeaders(file('a.pdf', 'application/pdf'))['Content-Disposition']).toMatch(
      /^inline;/,
    );
    expect(downloadHeaders(file('a.txt', 'text/plain'))['Content-Disposition']).toMatch(
      /^attachment;/,
    );
    expect(downloadHeaders(file('a.zip', 'application/zip'))['Content-Disposition']).toMatch(
      /^attachment;/,
    );
  });

  it('always sends nosniff and a sandbox CSP', () => {
    const h = downloadHeaders(file('a.png', 'image/png'));
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Content-Security-Policy']).toContain('sandbox');
  });

  it('encodes non-ASCII names with filename* and keeps quotes and CR/LF out of the header', () => {
    const h = downloadHeaders(file('Årsrapport "final".pdf', 'application/pdf'));
    expect(h['Content-Disposition']).toContain(
      "filename*=UTF-8''%C3%85rsrapport%20%22final%22.pdf",
    );
    expect(h['Content-Disposition']).not.toMatch(/[\r\n]/);
  });

  it('adds a charset to text', () => {
    expect(downloadHeaders(file('a.md', 'text/markdown'))['Content-Type']).toBe(
      'text/markdown; charset=utf-8',
    );
  });
});
