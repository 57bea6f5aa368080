import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { MentionCandidatesQuery } from '../graphql/stream.operations';
import { insertMention, mentionAt, type MentionTrigger } from '../utils/composer-text';

export const MENTION_DEBOUNCE_MS = 120;

/**
 * Suggests people for the "@xy" before the caret. Call `update` with the text and caret after each
 * change or caret move; `handleKey` returns true when it used the key (arrows, Enter, Tab, Escape).
 */
export function useMentionAutocomplete(onInsert: (text: string, caret: number) => void) {
  const [trigger, setTrigger] = useState<MentionTrigger | null>(null);
  const [text, setText] = useState('');
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);

  const query = trigger?.query ?? '';
  useEffect(() => {
    if (!query) return;
    const timer = setTimeout(() => setDebounced(query), MENTION_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const { data } = useQuery(
    MentionCandidatesQuery,
    debounced ? { variables: { query: debounced } } : skipToken,
  );
  const candidates = useMemo(
    // Earlier results stay while the query grows ("a" -> "an"), never for another query.
    () =>
      debounced && query.toLowerCase().startsWith(debounced.toLowerCase())
        ? (data?.users.nodes ?? [])
        : [],
    [data, debounced, query],
  );
  const open = trigger !== null && dismissedAt !== trigger.start && candidates.length > 0;
  const activeIndex = Math.min(active, Math.max(candidates.length - 1, 0));

  const update = (nextText: string, caret: number) => {
    setText(nextText);
    const next = mentionAt(nextText, caret);
    if (next?.start !== trigger?.start || next?.query !== trigger?.query) setActive(0);
    if (next?.start !== dismissedAt) setDismissedAt(null);
    setTrigger(next);
  };

  const choose = (index: number) => {
    const person = candidates[index];
    if (!trigger || !person) return;
    const result = insertMention(text, trigger, person.handle);
    setTrigger(null);
    setText(result.text);
    onInsert(result.text, result.caret);
  };

  const close = () => setTrigger(null);

  const handleKey = (key: string): boolean => {
    if (!open || !trigger) return false;
    switch (key) {
      case 'ArrowDown':
        setActive((activeIndex + 1) % candidates.length);
        return true;
      case 'ArrowUp':
        setActive((activeIndex - 1 + candidates.length) % candidates.length);
        return true;
      case 'Enter':
      case 'Tab':
        choose(activeIndex);
        return true;
      case 'Escape':
        setDismissedAt(trigger.start);
        return true;
      default:
        return false;
    }
  };

  return { open, candidates, activeIndex, update, choose, close, handleKey };
}
