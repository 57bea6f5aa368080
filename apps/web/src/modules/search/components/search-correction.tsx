import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';

export interface SearchCorrectionProps {
  /** What the person typed. */
  typed: string;
  /** The query as searched, or null when searched as typed. */
  correctedQuery: string | null;
  corrections: readonly { original: string; corrected: string }[];
  /** Whether this search asked for no corrections. */
  exact: boolean;
  onSearchExactly: () => void;
  onAllowCorrections: () => void;
}

/** Splits the searched text into words, marking the ones that were corrected. */
export function markCorrected(
  correctedQuery: string,
  corrections: readonly { corrected: string }[],
): { text: string; corrected: boolean }[] {
  const words = new Set(corrections.map((c) => c.corrected.toLowerCase()));
  return correctedQuery.split(' ').map((token) => ({
    text: token,
    corrected: words.has(token.toLowerCase().replace(/[^\p{L}\p{M}\p{N}'’-]/gu, '')),
  }));
}

/**
 * "Showing results for accepted answer — Search instead for accpeted answer": what the search
 * corrected, with the corrected words highlighted, and the way back to the words as typed.
 */
export function SearchCorrection(props: SearchCorrectionProps) {
  const { t } = useTranslation('search');
  if (props.exact) {
    return (
      <p className="search-correction">
        {t('correction.searchedExactly', { query: props.typed })}{' '}
        <Button variant="ghost" onClick={props.onAllowCorrections}>
          {t('correction.allowCorrections')}
        </Button>
      </p>
    );
  }
  if (!props.correctedQuery) return null;
  return (
    <div className="search-correction" aria-live="polite">
      <p>
        {t('correction.showingFor')}{' '}
        <strong className="search-correction__query">
          {markCorrected(props.correctedQuery, props.corrections).map((word, i) => (
            <span key={i}>
              {i > 0 ? ' ' : null}
              {word.corrected ? <mark>{word.text}</mark> : word.text}
            </span>
          ))}
        </strong>
      </p>
      <p className="muted">
        {t('correction.searchInstead')}{' '}
        <button
          type="button"
          className="search-correction__literal"
          onClick={props.onSearchExactly}
        >
          {props.typed}
        </button>
      </p>
    </div>
  );
}

/** Nothing found: what to try next, in the order that most often helps. */
export function SearchNothingFound() {
  const { t } = useTranslation('search');
  return (
    <div className="stack-sm">
      <p>{t('empty.lead')}</p>
      <ul className="search-empty__tips">
        <li>{t('empty.spelling')}</li>
        <li>{t('empty.fewerWords')}</li>
        <li>{t('empty.filters')}</li>
        <li>{t('empty.syntax')}</li>
        <li>{t('empty.ask')}</li>
      </ul>
    </div>
  );
}
