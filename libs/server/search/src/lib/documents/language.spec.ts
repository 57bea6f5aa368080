import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    // French: "en" is also Swedish, which used to give French posts Swedish stemming.
    ['Où en est le projet ?', 'french'],
    ['Comment renouveler mon certificat VPN ?', 'french'],
    ['Le serveur est en panne depuis ce matin', 'french'],
    ['Réunion annulée', 'french'],
    ['mot de passe oublié', 'french'],
    ['Qui peut m’aider avec le rapport ?', 'french'],
    ['Est-ce que quelqu’un a une idée ?', 'french'],
    // Swedish.
    ['Hur ansöker jag om semester och vem ska godkänna det?', 'swedish'],
    ['Var finns det parkering för cyklar på kontoret?', 'swedish'],
    ['Var är parkeringen?', 'swedish'],
    ['Mötet är inställt', 'swedish'],
    ['en fråga om budgeten', 'swedish'],
    ['glömt lösenord', 'swedish'],
    ['Servern ligger nere sedan i morse', 'swedish'],
    // English, including short titles n-gram detectors read as French.
    ['How do I renew the VPN certificate when it expires?', 'english'],
    ['en route to the office', 'english'],
    ['Bartending questions', 'english'],
    ['Quarterly budget review', 'english'],
    ['expense report procedure', 'english'],
    ['Moderator Pro Tem Announcement', 'english'],
    ['accepted answer', 'english'],
    ['VPN', 'english'],
    ['', 'english'],
    ['!!! 🚀 123', 'english'],
  ])('%p is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads a long French text from its function words alone', () => {
    const text = 'Bonjour à tous, je cherche le formulaire pour les congés. '.repeat(20);
    expect(detectLanguage(text)).toBe('french');
  });

  it('keeps English question titles English (qa-dev, when present)', () => {
    // The development data lives beside the checkout (or a folder above a worktree).
    let file: string | undefined;
    for (let dir = __dirname; dirname(dir) !== dir && !file; dir = dirname(dir)) {
      const candidate = join(dir, 'shared/data/qa-dev/cstheory.meta/corpus.jsonl');
      if (existsSync(candidate)) file = candidate;
    }
    if (!file) return;
    const titles = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { title: string }).title);
    expect(titles.length).toBeGreaterThan(500);
    const misread = titles.filter((t) => detectLanguage(t) !== 'english');
    expect(misread.length / titles.length).toBeLessThan(0.01);
  });
});
