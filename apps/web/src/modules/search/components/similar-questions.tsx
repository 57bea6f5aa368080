import { useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { useId } from 'react';
import { SimilarQuestionsQuery } from '../graphql/search.operations';
import { useDebouncedValue } from '../hooks/use-debounced-value';

/** Shortest draft worth looking up. */
export const SIMILAR_MIN_CHARS = 12;

function excerpt(text: string, max = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * "Already answered:" links for a question being written, and the people who answered such
 * questions with a button to @mention them. A polite live region and ordinary links and buttons:
 * it never takes focus; Tab reaches them after the text box.
 */
export function SimilarQuestions({
  draft,
  onMention,
}: {
  draft: string;
  /** Adds an @mention of this handle to the draft; without it, no experts are shown. */
  onMention?: (handle: string) => void;
}) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const titleId = `${useId().replace(/:/g, '')}-similar`;
  const expertsId = `${titleId}-experts`;
  const settled = useDebouncedValue(draft.trim(), 300);
  const skip = settled.length < SIMILAR_MIN_CHARS;
  const { data, previousData } = useQuery(SimilarQuestionsQuery, {
    variables: { draft: settled, first: 3 },
    skip,
  });
  const questions = skip ? [] : ((data ?? previousData)?.similarQuestions ?? []);
  const mentioned = new Set(Array.from(draft.matchAll(/@([\p{L}\p{N}_.-]+)/gu), (m) => m[1]));
  const experts =
    skip || !onMention
      ? []
      : ((data ?? previousData)?.suggestedExperts ?? []).filter(
          (expert) => !mentioned.has(expert.user.handle),
        );
  return (
    <div className="similar-questions" aria-live="polite">
      {experts.length > 0 ? (
        <section aria-labelledby={expertsId} className="similar-questions__panel">
          <h2 id={expertsId} className="similar-questions__title">
            {t('similar.experts')}
          </h2>
          <ul>
            {experts.map((expert) => (
              <li key={expert.user.id}>
                <button
                  type="button"
                  className="ol-button ol-button--sm"
                  onClick={() => onMention?.(expert.user.handle)}
                >
                  {t('similar.mention', { handle: expert.user.handle })}
                </button>{' '}
                {expert.user.displayName}{' '}
                <span className="muted">
                  {t(`similar.because.${expert.because.kind}`, {
                    count: expert.because.count,
                    topic: expert.because.topic,
                    month: format.date(expert.because.lastAt, {
                      month: 'long',
                      year: 'numeric',
                    }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {questions.length > 0 ? (
        <section aria-labelledby={titleId} className="similar-questions__panel">
          <h2 id={titleId} className="similar-questions__title">
            {t('similar.answered')}
          </h2>
          <ul>
            {questions.map((question) => (
              <li key={question.id}>
                <a href={`/posts/${question.id}`} target="_blank" rel="noopener">
                  {excerpt(question.bodyText)}
                </a>{' '}
                <span className="muted">
                  {t('similar.replies', { count: question.replyCount })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
