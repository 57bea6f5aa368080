import { useMutation } from '@apollo/client/react';
import { Alert, Button, TextArea } from '@outloud/web-ui';
import { flushSync } from 'react-dom';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { CreatePostMutation } from '../graphql/stream.operations';
import { useMentionAutocomplete } from '../hooks/use-mention-autocomplete';
import { looksLikeQuestion } from '../utils/composer-text';
import { MentionListbox, mentionOptionId } from './mention-listbox';

const FIELDS = ['body'] as const;
type Field = (typeof FIELDS)[number];

/** Feeds that show a new post; refetched after posting when they are on screen. */
const FEEDS = ['HomeFeed', 'Discover', 'Questions', 'UserBoard', 'TagPage'];

export interface ComposerProps {
  /** Post on this person's board instead of the author's own. */
  boardHandle?: string;
  boardName?: string;
  label?: string;
}

export function Composer({
  boardHandle,
  boardName,
  label = 'Share or ask something',
}: ComposerProps) {
  const uid = useId().replace(/:/g, '');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  // null: follow the suggestion (a text ending with "?"); true/false: the person chose.
  const [questionChoice, setQuestionChoice] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();
  const [createPost, { loading }] = useMutation(CreatePostMutation, {
    refetchQueries: FEEDS,
  });

  const mentions = useMentionAutocomplete((text, caret) => {
    // Render the new text first, then put the caret after the inserted "@handle ".
    flushSync(() => setBody(text));
    textareaRef.current?.setSelectionRange(caret, caret);
  });

  const suggested = looksLikeQuestion(body);
  const isQuestion = questionChoice ?? suggested;
  const listId = `${uid}-mentions`;

  const submit = async () => {
    if (loading) return;
    setStatus('');
    if (!body.trim()) {
      setErrors({ fields: { body: 'Write something first.' }, message: null });
      focusFirstError();
      return;
    }
    try {
      await createPost({
        variables: { input: { body, isQuestion, ...(boardHandle ? { boardHandle } : {}) } },
      });
      setBody('');
      setQuestionChoice(null);
      setErrors(NO_ERRORS);
      mentions.close();
      setStatus(isQuestion ? 'Posted your question.' : 'Posted.');
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
      focusFirstError();
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.handleKey(event.key)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const syncCaret = (target: HTMLTextAreaElement) =>
    mentions.update(target.value, target.selectionStart ?? target.value.length);

  const audience = boardHandle
    ? `Everyone in the company can see this. It goes on ${boardName ?? `@${boardHandle}`}'s board.`
    : 'Everyone in the company can see this.';

  return (
    <form ref={formRef} className="card composer" onSubmit={onSubmit} noValidate>
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title="Could not post">
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <div className="composer__field">
        <TextArea
          ref={textareaRef}
          label={label}
          value={body}
          rows={3}
          maxLength={10_000}
          placeholder="Ask a question out loud, @mention people who might know…"
          hint="Type @ to mention someone who might know. Ctrl+Enter or ⌘+Enter posts."
          error={errors.fields.body}
          onChange={(event) => {
            setBody(event.target.value);
            syncCaret(event.target);
            if (errors.fields.body) setErrors(NO_ERRORS);
          }}
          onSelect={(event) => syncCaret(event.currentTarget)}
          onKeyDown={onKeyDown}
          onBlur={() => mentions.close()}
          aria-autocomplete="list"
          aria-controls={mentions.open ? listId : undefined}
          aria-activedescendant={
            mentions.open ? mentionOptionId(listId, mentions.activeIndex) : undefined
          }
        />
        {mentions.open ? (
          <MentionListbox
            id={listId}
            people={mentions.candidates}
            activeIndex={mentions.activeIndex}
            onChoose={mentions.choose}
          />
        ) : null}
      </div>
      <p className="composer__audience">
        <span aria-hidden="true">🌐 </span>
        {audience}
      </p>
      <div className="composer__actions">
        <div className="composer__question">
          <input
            id={`${uid}-question`}
            type="checkbox"
            checked={isQuestion}
            onChange={(event) => setQuestionChoice(event.target.checked)}
            aria-describedby={
              suggested && questionChoice === null ? `${uid}-question-hint` : undefined
            }
          />
          <label htmlFor={`${uid}-question`}>This is a question</label>
          {suggested && questionChoice === null ? (
            <span id={`${uid}-question-hint`} className="composer__suggestion">
              Suggested: it ends with “?”
            </span>
          ) : null}
        </div>
        <Button type="submit" busy={loading}>
          {isQuestion ? 'Ask' : 'Post'}
        </Button>
      </div>
      <p role="status" className="composer__status">
        {status}
      </p>
    </form>
  );
}
