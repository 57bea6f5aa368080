import { flatten, messageArguments } from '../catalogue';
import { en, NAMESPACES, sv } from '../resources';

/** "search:results.showingFor" for every message of a language. */
function messages(catalogue: Record<string, object>): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const ns of NAMESPACES) {
    for (const [key, value] of flatten(catalogue[ns] ?? {})) all.set(`${ns}:${key}`, value);
  }
  return all;
}

const english = messages(en);
const swedish = messages(sv);

describe('interface catalogues', () => {
  it('has a Swedish message for every English key (the list names what is missing)', () => {
    const missing = [...english.keys()].filter((key) => !swedish.has(key));
    expect(missing).toEqual([]);
  });

  it('has no Swedish message whose English key is gone', () => {
    const stale = [...swedish.keys()].filter((key) => !english.has(key));
    expect(stale).toEqual([]);
  });

  it('holds only non-empty strings', () => {
    const bad = [...english, ...swedish]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('words the interface without emoji: symbols are SVG icons, which render everywhere', () => {
    const emoji = /\p{Extended_Pictographic}/u;
    const withEmoji = [...english, ...swedish]
      .filter(([, value]) => emoji.test(String(value)))
      .map(([key]) => key);
    expect(withEmoji).toEqual([]);
  });

  it('parses every message as ICU and gives Swedish the same arguments as English', () => {
    const problems: string[] = [];
    for (const [key, text] of english) {
      let expected: Set<string>;
      try {
        expected = messageArguments(String(text), 'en');
      } catch (error) {
        problems.push(`en ${key}: ${(error as Error).message}`);
        continue;
      }
      const translated = swedish.get(key);
      if (translated === undefined) continue;
      try {
        const actual = messageArguments(String(translated), 'sv');
        const same =
          actual.size === expected.size && [...actual].every((name) => expected.has(name));
        if (!same) problems.push(`sv ${key}: {${[...actual]}} instead of {${[...expected]}}`);
      } catch (error) {
        problems.push(`sv ${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the missing-key check itself', () => {
  it('names a key that only English has', () => {
    const a = flatten({ nav: { home: 'Home', more: 'More' } });
    const b = flatten({ nav: { home: 'Hem' } });
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual(['nav.more']);
  });

  it('finds the arguments of plurals, selects and nested messages', () => {
    expect([
      ...messageArguments('{count, plural, one {# person} other {# people in {place}}}', 'en'),
    ]).toEqual(['count', 'place']);
    expect(() => messageArguments('{count, plural, one {# person}', 'en')).toThrow();
  });
});
