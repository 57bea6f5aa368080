import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import {
  RecordEmptySearchMutation,
  RecordQuestionUseMutation,
} from '../graphql/knowledge-reuse.operations';

/** How long a search that found nothing must stay on screen to count: typing pauses do not. */
export const EMPTY_SEARCH_DWELL_MS = 2_000;

/**
 * Reports a question's page once per question shown (not per render, not per refetch), for
 * knowledge reuse. Fire and forget: a failed report never troubles the reader.
 */
export function useReportQuestionView(postId: string | null, isQuestion: boolean): void {
  const [record] = useMutation(RecordQuestionUseMutation);
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!postId || !isQuestion || reported.current === postId) return;
    reported.current = postId;
    record({ variables: { postId, via: 'VIEW' } }).catch(() => undefined);
  }, [postId, isQuestion, record]);
}

/** Reports a question chosen from search results (once per question per results page). */
export function useReportSearchClick(): (postId: string) => void {
  const [record] = useMutation(RecordQuestionUseMutation);
  const reported = useRef(new Set<string>());
  return useCallback(
    (postId: string) => {
      if (reported.current.has(postId)) return;
      reported.current.add(postId);
      record({ variables: { postId, via: 'SEARCH_CLICK' } }).catch(() => undefined);
    },
    [record],
  );
}

/**
 * Reports a search that found nothing once it has stayed on screen for two seconds (so the
 * prefixes typed on the way to a query do not count), without filters (a filtered search finding
 * nothing is not a gap in the content), once per text per page.
 */
export function useReportEmptySearch(
  query: string,
  foundNothing: boolean,
  filtered: boolean,
): void {
  const [record] = useMutation(RecordEmptySearchMutation);
  const reported = useRef(new Set<string>());
  useEffect(() => {
    const text = query.trim();
    if (!text || !foundNothing || filtered || reported.current.has(text)) return;
    const timer = setTimeout(() => {
      reported.current.add(text);
      record({ variables: { query: text } }).catch(() => undefined);
    }, EMPTY_SEARCH_DWELL_MS);
    return () => clearTimeout(timer);
  }, [query, foundNothing, filtered, record]);
}
