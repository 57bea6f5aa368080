import { z } from 'zod';
import { BadUserInputError } from './app-errors';
import { cleanLine, cleanText, validateInput } from './validate';

describe('validateInput', () => {
  const schema = z.object({ name: z.string().min(1, 'Name is required.'), age: z.number().int() });

  it('returns the parsed value', () => {
    expect(validateInput(schema, { name: 'Ana', age: 3 })).toEqual({ name: 'Ana', age: 3 });
  });

  it('reports every problem with its field path', () => {
    try {
      validateInput(schema, { name: '', age: 1.5 }, 'input');
      throw new Error('expected a BadUserInputError');
    } catch (e) {
      expect(e).toBeInstanceOf(BadUserInputError);
      const fields = (e as BadUserInputError).details.fields as { path: string }[];
      expect(fields.map((f) => f.path)).toEqual(['input.name', 'input.age']);
      expect((e as BadUserInputError).message).toContain('Name is required.');
    }
  });
});

describe('cleaning text', () => {
  it('strips control and bidi-override characters and normalises to NFC', () => {
    expect(cleanLine(' Ana\u0000 \u202eBerg ')).toBe('Ana Berg');
    expect(cleanLine('A\u0301sa')).toBe('Ása');
  });
  it('keeps newlines in multi-line text', () => {
    expect(cleanText('a\r\nb\n\u0007c')).toBe('a\nb\nc');
  });
});
