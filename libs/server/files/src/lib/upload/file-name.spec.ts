import { extensionOf, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['../../x', 'x'],
    ['..\\x', 'x'],
    ['/abs', 'abs'],
    ['C:\\Users\\ana\\report.pdf', 'report.pdf'],
    ['..', ''],
    ['.bashrc', 'bashrc'],
    ['a\r\nSet-Cookie: x=1.pdf', 'aSet-Cookie: x=1.pdf'],
    ['invoice\u202egpj.exe', 'invoicegpj.exe'],
    ['zero\u200bwidth.txt', 'zerowidth.txt'],
    ['A\u0301sa.txt', 'Ása.txt'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('cuts long names to 200 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(5000)}.pdf`);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('never splits a character outside the basic plane', () => {
    const name = sanitizeFileName('😀'.repeat(300));
    expect(Array.from(name)).toHaveLength(200);
    expect(name).toBe('😀'.repeat(200));
  });
});

describe('extensionOf', () => {
  it('reads the last extension in lower case', () => {
    expect(extensionOf('a.tar.GZ')).toBe('gz');
    expect(extensionOf('README')).toBe('');
  });
});
