import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, TextArea } from '@outloud/web-ui';
import { flushSync } from 'react-dom';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { MyCommunitiesQuery } from '../../communities/graphql/communities.operations';
import { audienceLine } from '../../communities/utils/community-type';
import type { CommunityType } from '../../../generated/graphql';
import { CreatePostMutation } from '../graphql/stream.operations';
import { useMentionAutocomplete } from '../hooks/use-mention-autocomplete';
import { looksLikeQuestion } from '../utils/composer-text';
import { MentionListbox, mentionOptionId } from './mention-listbox';
import { SimilarQuestions } from '../../search/components/similar-questions';

const FIELDS = ['body'] as const;
type Field = (typeof FIELDS)[number];

/** Feeds that show a new post; refetched after posting when they are on screen. */
const FEEDS = [
  'HomeFeed',
  'Discover',
  'Questions',
  'UserBoard',
  'TagPage',
  'TrendingTags',
  'CommunityPage',
];

export interface ComposerCommunity {
  id: string;
  name: string;
  type: CommunityType;
  memberCount: number;
}

/** "@bob can't see this community and won't be notified." */
export function cannotSeeNotice(handles: readonly string[]): string | null {
  if (handles.length === 0) return null;
  const names = handles.map((handle) => `@${handle}`);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} can’t see this community and won’t be notified.`;
}

export interface ComposerProps {
  /** Post on this person's board instead of the author's own. */
  boardHandle?: string;
  boardName?: string;
  label?: string;
  /** The text box, e.g. for a shortcut that focuses it. */
  inputRef?: RefObject<HTMLTextAreaElement | null>;
  /** Offer a "Post in" choice of the viewer's communities (Home, a community page). */
  communityPicker?: boolean;
  /** The community chosen at first (the community page). */
  community?: ComposerCommunity;
}

export function Composer({
  boardHandle,
  boardName,
  label = 'Share or ask something',
  inputRef,
  communityPicker = false,
  community,
}: ComposerProps) {
  const uid = useId().replace(/:/g, '');
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const textareaRef = inputRef ?? ownRef;
  const [body, setBody] = useState('');
  // null: follow the suggestion (a text ending with "?"); true/false: the person chose.
  const [questionChoice, setQuestionChoice] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const [communityId, setCommunityId] = useState(community?.id ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const mine = useQuery(MyCommunitiesQuery, { skip: !communityPicker });
  const choices: ComposerCommunity[] = [...(mine.data?.communities.nodes ?? [])];
  if (community && !choices.some((choice) => choice.id === community.id))
    choices.unshift(community);
  const chosen = choices.find((choice) => choice.id === communityId) ?? null;
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
    setNotice(null);
    if (!body.trim()) {
      setErrors({ fields: { body: 'Write something first.' }, message: null });
      focusFirstError();
      return;
    }
    try {
      const result = await createPost({
        variables: {
          input: {
            body,
            isQuestion,
            ...(boardHandle ? { boardHandle } : {}),
            ...(chosen ? { communityId: chosen.id } : {}),
          },
        },
      });
      setNotice(
        cannotSeeNotice(
          (result.data?.createPost.mentionedWhoCannotSee ?? []).map((person) => person.handle),
        ),
      );
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
    : audienceLine(chosen);
  const restricted = chosen?.type === 'RESTRICTED';

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
      <SimilarQuestions
        draft={body}
        onMention={(handle) =>
          setBody((text) => `${text}${text === '' || /\s$/.test(text) ? '' : ' '}@${handle} `)
        }
      />
      {communityPicker && !boardHandle ? (
        <div className="composer__post-in">
          <label htmlFor={`${uid}-community`}>Post in</label>
          <select
            id={`${uid}-community`}
            className="ol-input ol-select"
            value={chosen?.id ?? ''}
            onChange={(event) => setCommunityId(event.target.value)}
          >
            <option value="">Everyone (your board)</option>
            {choices.length > 0 ? (
              <optgroup label="My communities">
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
      ) : null}
      <p className="composer__audience" aria-live="polite">
        <span aria-hidden="true">{restricted ? '🔒 ' : '🌐 '}</span>
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
      {notice ? (
        <Alert tone="warning" title="Not everyone you mentioned can see this">
          <p>{notice}</p>
        </Alert>
      ) : null}
    </form>
  );
}
