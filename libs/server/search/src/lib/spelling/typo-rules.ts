/**
 * Word-level typo tolerance with Meilisearch's rules, so a company can move between the two
 * engines without its people noticing: no typo under 5 letters, one from 5, two from 9, a swap
 * of two neighbouring letters counts as one typo (Damerau), and a typo on the first letter
 * counts as two: never under 9 letters, and from 9 only when the rest is spelt right
 * ("sertificate" finds "certificate", "wisky" never finds "risky").
 */
export const TYPO_RULES = { oneTypoFrom: 5, twoTyposFrom: 9 } as const;
/** Most alternatives one misspelt word is searched with (the closest, then the commonest). */
export const MAX_ALTERNATIVES = 3;
/** Most words of one query corrected (a long draft keeps its cost bounded). */
export const MAX_CORRECTED_WORDS = 8;

/** Typos allowed for a word of this many letters (code points). */
export function allowedTypos(word: string): 0 | 1 | 2 {
  const length = [...word].length;
  if (length >= TYPO_RULES.twoTyposFrom) return 2;
  if (length >= TYPO_RULES.oneTypoFrom) return 1;
  return 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbouring letters), over code
 * points; stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function typoDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length];
}

export interface LexiconCandidate {
  word: string;
  /** Documents holding it that the viewer may see (or public ones). */
  df: number;
}

export interface WordCorrection {
  /** The word as typed, folded (lower case, no accents). */
  word: string;
  /** Best first: fewest typos, then most documents. */
  alternatives: string[];
  typos: 1 | 2;
}

/** Typos between a typed word and a candidate, a first-letter typo counting as two. */
export function typoCost(typed: string, candidate: string, max = 2): number {
  const t = [...typed];
  const c = [...candidate];
  if (t[0] === c[0]) return typoDistance(typed, candidate, max);
  const rest = (a: string[]) => a.slice(1).join('');
  const swapped = [t[1], t[0], ...t.slice(2)].join('');
  const firstLetterOnly =
    rest(t) === rest(c) || rest(t) === candidate || typed === rest(c) || swapped === candidate;
  return firstLetterOnly ? 2 : max + 1;
}

/**
 * The corrections of one folded word among lexicon candidates, within the typos its length
 * allows; only the candidates at the smallest distance are kept.
 */
export function correctWord(word: string, candidates: LexiconCandidate[]): WordCorrection | null {
  const allowed = allowedTypos(word);
  if (allowed === 0) return null;
  const scored = candidates
    .filter((c) => c.word !== word && c.df > 0)
    .map((c) => ({ ...c, distance: typoCost(word, c.word, allowed) }))
    .filter((c) => c.distance <= allowed);
  if (!scored.length) return null;
  const closest = Math.min(...scored.map((c) => c.distance)) as 1 | 2;
  const alternatives = scored
    .filter((c) => c.distance === closest)
    .sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1))
    .slice(0, MAX_ALTERNATIVES)
    .map((c) => c.word);
  return { word, alternatives, typos: closest };
}
