/**
 * Picks the text-search configuration for a document or query: Swedish when Swedish function
 * words clearly outnumber English ones, else English. A stop-word vote is crude but needs no
 * model, is fast, and only decides stemming.
 */
const SWEDISH = new Set(
  'och att det som en är på för med jag har inte av till den kan om vi ett hur var vad från eller men så vid hos mig min mitt vår våra ska skulle finns någon något när också efter under där här detta dessa sig sin'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and to of a is in for with i have not it that this can if we how what from or but so at my our should there here these they be are was when also after'.split(
    ' ',
  ),
);

export type TextLanguage = 'english' | 'swedish';

export function detectLanguage(text: string): TextLanguage {
  let sv = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (SWEDISH.has(word)) sv++;
    else if (ENGLISH.has(word)) en++;
  }
  if (/[åäö]/i.test(text)) sv += 1;
  return sv >= 2 && sv > en ? 'swedish' : 'english';
}
