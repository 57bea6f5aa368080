import { useQuery } from '@apollo/client/react';
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
 * "Already answered:" links for a question being written. A polite live region and ordinary
 * links: it never takes focus; Tab reaches the links after the text box.
 */
export function SimilarQuestions({ draft }: { draft: string }) {
  const titleId = `${useId().replace(/:/g, '')}-similar`;
  const settled = useDebouncedValue(draft.trim(), 300);
  const skip = settled.length < SIMILAR_MIN_CHARS;
  const { data, previousData } = useQuery(SimilarQuestionsQuery, {
    variables: { draft: settled, first: 3 },
    skip,
  });
  const questions = skip ? [] : ((data ?? previousData)?.similarQuestions ?? []);
  return (
    <div className="similar-questions" aria-live="polite">
      {questions.length > 0 ? (
        <section aria-labelledby={titleId} className="similar-questions__panel">
          <h2 id={titleId} className="similar-questions__title">
            Already answered:
          </h2>
          <ul>
            {questions.map((question) => (
              <li key={question.id}>
                <a href={`/posts/${question.id}`} target="_blank" rel="noopener">
                  {excerpt(question.bodyText)}
                </a>{' '}
                <span className="muted">
                  ({question.replyCount} {question.replyCount === 1 ? 'reply' : 'replies'}, opens in
                  a new tab)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
