import { isReference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextArea } from '@outloud/web-ui';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { useIdempotencyKey } from '../../errors/hooks/use-idempotency-key';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { usePolicyGate } from '../../policy/hooks/use-policy-gate';
import { CreateReplyMutation } from '../graphql/stream.operations';

interface RepliesPage {
  nodes: readonly unknown[];
  pageInfo: { hasNextPage: boolean };
}

const FIELDS = ['body'] as const;
type Field = (typeof FIELDS)[number];

export function ReplyForm({ postId, isQuestion }: { postId: string; isQuestion: boolean }) {
  const { t } = useTranslation('stream');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();
  const idempotencyKey = useIdempotencyKey();
  const [createReply, { loading }] = useMutation(CreateReplyMutation, {
    // Replies are oldest first and paged: append the new one when the last page is loaded (else
    // "Show more replies" reaches it), without refetching and losing the pages already shown.
    update(cache, { data }) {
      const reply = data?.createReply;
      if (!reply) return;
      const ref = cache.identify(reply);
      cache.modify<{ replies: RepliesPage; replyCount: number }>({
        id: cache.identify({ __typename: 'Post', id: postId }),
        fields: {
          replyCount: (count) => count + 1,
          replies: (page, { toReference }) => {
            if (!ref || isReference(page) || page.pageInfo.hasNextPage) return page;
            const added = toReference(ref);
            return added ? { ...page, nodes: [...page.nodes, added] } : page;
          },
        },
      });
    },
  });

  const policyGate = usePolicyGate();
  const submit = async () => {
    if (loading) return;
    setStatus('');
    if (!body.trim()) {
      setErrors({ fields: { body: t('replyForm.empty') }, message: null });
      focusFirstError();
      return;
    }
    if (!(await policyGate.ensure())) return;
    try {
      await createReply({
        variables: { postId, input: { body }, idempotencyKey: idempotencyKey.current() },
      });
      idempotencyKey.renew();
      setBody('');
      setErrors(NO_ERRORS);
      setStatus(t('replyForm.posted'));
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
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form ref={formRef} className="card reply-form stack" onSubmit={onSubmit} noValidate>
      {policyGate.dialog}
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title={t('replyForm.error')}>
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <TextArea
        label={isQuestion ? t('replyForm.answerLabel') : t('replyForm.replyLabel')}
        value={body}
        rows={3}
        maxLength={10_000}
        hint={t('replyForm.hint')}
        error={errors.fields.body}
        onChange={(event) => {
          setBody(event.target.value);
          if (errors.fields.body) setErrors(NO_ERRORS);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('replyForm.submit')}
        </Button>
        <p role="status" className="composer__status">
          {status}
        </p>
      </div>
    </form>
  );
}
