import { NotificationType } from '@outloud/contracts';

/**
 * The digest's words in the languages of the interface, chosen by the person's profile locale
 * (English when unset or unknown), plurals by Intl.PluralRules.
 */
export interface DigestWords {
  subject(count: number): string;
  hello(name: string): string;
  intro: string;
  someone: string;
  verbs: Partial<Record<NotificationType, string>>;
  fallbackVerb: string;
  footer(settingsUrl: string): string;
}

const EN: DigestWords = {
  subject: (count) =>
    new Intl.PluralRules('en').select(count) === 'one'
      ? `Outloud: ${count} unread mention or answer`
      : `Outloud: ${count} unread mentions and answers`,
  hello: (name) => `Hello ${name},`,
  intro: 'Here is what is waiting for you on Outloud:',
  someone: 'Someone',
  verbs: {
    [NotificationType.MENTIONED]: 'mentioned you',
    [NotificationType.REPLY_TO_MY_POST]: 'replied to your post',
    [NotificationType.ANSWER_ACCEPTED]: 'accepted your answer',
  },
  fallbackVerb: 'notified you',
  footer: (url) =>
    `You receive this daily digest because you turned it on. Turn it off under ${url}.`,
};

const SV: DigestWords = {
  subject: (count) =>
    new Intl.PluralRules('sv').select(count) === 'one'
      ? `Outloud: ${count} oläst omnämnande eller svar`
      : `Outloud: ${count} olästa omnämnanden och svar`,
  hello: (name) => `Hej ${name},`,
  intro: 'Det här väntar på dig i Outloud:',
  someone: 'Någon',
  verbs: {
    [NotificationType.MENTIONED]: 'nämnde dig',
    [NotificationType.REPLY_TO_MY_POST]: 'svarade på ditt inlägg',
    [NotificationType.ANSWER_ACCEPTED]: 'godkände ditt svar',
  },
  fallbackVerb: 'aviserade dig',
  footer: (url) =>
    `Du får den här dagliga sammanfattningen för att du har slagit på den. Stäng av den under ${url}.`,
};

const WORDS: Record<string, DigestWords> = { en: EN, sv: SV };

/** The words for a profile locale ("sv", "sv-SE"); English otherwise. */
export function digestWords(locale: string | null | undefined): DigestWords {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return WORDS[language] ?? EN;
}
