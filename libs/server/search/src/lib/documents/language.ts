import { detectAll } from 'tinyld/light';

/**
 * The languages with a text-search configuration of their own (stemming and stop words, accents
 * folded: migration 1764002300000). Anything else is indexed as English, and a query still
 * matches every language on exact words (see postgres/query-terms.ts).
 */
export const TEXT_LANGUAGES = ['english', 'swedish', 'french'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

const ISO: Record<string, TextLanguage> = { en: 'english', sv: 'swedish', fr: 'french' };

/**
 * Function words that only one of the three languages uses (so not "en", "de", "a", "i", "on",
 * "se", "var", which two of them share). On a short text they say more than letter n-grams.
 */
const FUNCTION_WORDS: Record<TextLanguage, Set<string>> = {
  english: new Set(
    'the and is are of to in for with how what why who where when does do can my you it this that was not have has be should'.split(
      ' ',
    ),
  ),
  swedish: new Set(
    'och är att det som jag du vi inte har för med på till av om hur vad varför vem när kan ska finns någon något mitt min mig detta ett eller från sedan också efter under där här'.split(
      ' ',
    ),
  ),
  french: new Set(
    'le la les un une des du et est sont pour avec dans sur pas que qui quoi comment pourquoi où je tu il elle nous vous ce cette mon ma mes au aux ne plus ou par être avoir'.split(
      ' ',
    ),
  ),
};
/** Words every language shares as glue ("a", "en", "de", "i"…), on top of FUNCTION_WORDS. */
const SHARED_FUNCTION_WORDS = new Set(
  'a an or on at by as from about into en de i var se on sa'.split(' '),
);

/**
 * Whether a word is a function word of English, Swedish or French: sentences have them, search
 * syntax ("annual leave" policy) rarely does.
 */
export function isFunctionWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    SHARED_FUNCTION_WORDS.has(w) ||
    TEXT_LANGUAGES.some((language) => FUNCTION_WORDS[language].has(w))
  );
}

const LETTERS: Record<Exclude<TextLanguage, 'english'>, RegExp> = {
  swedish: /[åäö]/iu,
  french: /[éèêëàâçùûîïôœ]/iu,
};
/** English is the default: another language must beat it by this much. */
const ENGLISH_PRIOR = 0.5;
/** Weight of the n-gram detector's confidence (0..1) against one function word. */
const NGRAM_WEIGHT = 2;
const LETTER_WEIGHT = 1.5;
/** Function words read at most this far (a language shows in its first paragraphs). */
const SAMPLE_CHARS = 2000;
/** The n-gram detector (about 1 ms) reads this much, and only when the words do not decide. */
const NGRAM_CHARS = 300;
/** Function words decide alone when the leader has this many and twice the runner-up's. */
const DECISIVE_WORDS = 3;

/**
 * Picks the text-search configuration for a document or query. Three kinds of evidence add up:
 * function words only one language uses, letters only one uses (å ä ö, é è ç…), and, unless the
 * function words already decide (most long texts), a letter n-gram detector (tinyld, restricted
 * to these languages); English starts ahead. N-gram
 * detectors alone misread short English titles as French one time in ten ("Bartending
 * questions"); the function words and the prior keep them English, while "Où en est le projet ?"
 * and "Var är parkeringen?" are still French and Swedish.
 */
export function detectLanguage(text: string): TextLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const score: Record<TextLanguage, number> = { english: ENGLISH_PRIOR, swedish: 0, french: 0 };
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!word) continue;
    for (const language of TEXT_LANGUAGES)
      if (FUNCTION_WORDS[language].has(word)) score[language]++;
  }
  for (const [language, letters] of Object.entries(LETTERS) as [TextLanguage, RegExp][]) {
    if (letters.test(sample)) score[language] += LETTER_WEIGHT;
  }
  const [first, second] = [...TEXT_LANGUAGES].map((l) => score[l]).sort((a, b) => b - a);
  const decided = first >= DECISIVE_WORDS && second <= first / 2;
  // One word says too little for n-grams (and a query of one word is most queries): skip them.
  const words = sample.split(/[^\p{L}]+/u).filter(Boolean).length;
  if (!decided && words >= 2) {
    for (const guess of detectAll(sample.slice(0, NGRAM_CHARS), { only: ['en', 'sv', 'fr'] })) {
      const language = ISO[guess.lang];
      if (language) score[language] += NGRAM_WEIGHT * guess.accuracy;
    }
  }
  let best: TextLanguage = 'english';
  for (const language of TEXT_LANGUAGES) if (score[language] > score[best]) best = language;
  return best;
}
