import { useMutation, useQuery } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, GlobeIcon, LockIcon, TextArea } from '@outloud/web-ui';
import { flushSync } from 'react-dom';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { useIdempotencyKey } from '../../errors/hooks/use-idempotency-key';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { MyCommunitiesQuery } from '../../communities/graphql/communities.operations';
import type { CommunityType } from '../../../generated/graphql';
import { usePolicyGate } from '../../policy/hooks/use-policy-gate';
import { CreatePostMutation } from '../graphql/stream.operations';
import { useMentionAutocomplete } from '../hooks/use-mention-autocomplete';
import { audienceLine, cannotSeeNotice } from '../utils/audience';
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
  label,
  inputRef,
  communityPicker = false,
  community,
}: ComposerProps) {
  const { t } = useTranslation('stream');
  const format = useFormat();
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
  const idempotencyKey = useIdempotencyKey();
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
  const policyGate = usePolicyGate();

  const submit = async () => {
    if (loading) return;
    setStatus('');
    setNotice(null);
    if (!body.trim()) {
      setErrors({ fields: { body: t('composer.empty') }, message: null });
      focusFirstError();
      return;
    }
    if (!(await policyGate.ensure())) return;
    try {
      const result = await createPost({
        variables: {
          input: {
            body,
            isQuestion,
            ...(boardHandle ? { boardHandle } : {}),
            ...(chosen ? { communityId: chosen.id } : {}),
          },
          idempotencyKey: idempotencyKey.current(),
        },
      });
      idempotencyKey.renew();
      setNotice(
        cannotSeeNotice(
          t,
          (result.data?.createPost.mentionedWhoCannotSee ?? []).map((person) => person.handle),
          (items) => format.list(items),
        ),
      );
      setBody('');
      setQuestionChoice(null);
      setErrors(NO_ERRORS);
      mentions.close();
      setStatus(isQuestion ? t('composer.postedQuestion') : t('composer.posted'));
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
    ? t('audience.board', { name: boardName ?? `@${boardHandle}` })
    : audienceLine(t, chosen);
  const restricted = chosen?.type === 'RESTRICTED';

  return (
    <form ref={formRef} className="card composer" onSubmit={onSubmit} noValidate>
      {policyGate.dialog}
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title={t('composer.error')}>
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <div className="composer__field">
        <TextArea
          ref={textareaRef}
          label={label ?? t('composer.label')}
          value={body}
          rows={3}
          maxLength={10_000}
          placeholder={t('composer.placeholder')}
          hint={t('composer.hint')}
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
          <label htmlFor={`${uid}-community`}>{t('composer.postIn')}</label>
          <select
            id={`${uid}-community`}
            className="ol-input ol-select"
            value={chosen?.id ?? ''}
            onChange={(event) => setCommunityId(event.target.value)}
          >
            <option value="">{t('composer.everyone')}</option>
            {choices.length > 0 ? (
              <optgroup label={t('composer.myCommunities')}>
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
        {restricted ? <LockIcon size={16} /> : <GlobeIcon size={16} />} {audience}
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
          <label htmlFor={`${uid}-question`}>{t('composer.isQuestion')}</label>
          {suggested && questionChoice === null ? (
            <span id={`${uid}-question-hint`} className="composer__suggestion">
              {t('composer.suggested')}
            </span>
          ) : null}
        </div>
        <Button type="submit" busy={loading}>
          {isQuestion ? t('composer.ask') : t('composer.post')}
        </Button>
      </div>
      <p role="status" className="composer__status">
        {status}
      </p>
      {notice ? (
        <Alert tone="warning" title={t('composer.noticeTitle')}>
          <p>{notice}</p>
        </Alert>
      ) : null}
    </form>
  );
}
