import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button, TextField } from '@outloud/web-ui';
import { flushSync } from 'react-dom';
import { useId, useRef, useState, type FormEvent } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import { MentionListbox, mentionOptionId } from '../../stream/components/mention-listbox';
import { useMentionAutocomplete } from '../../stream/hooks/use-mention-autocomplete';
import { InviteToCommunityMutation } from '../graphql/communities.operations';

/** Owners invite a colleague by handle, picked from the same people autocomplete as @mentions. */
export function InviteForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const uid = useId().replace(/:/g, '');
  const inputRef = useRef<HTMLInputElement>(null);
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [invite, { loading }] = useMutation(InviteToCommunityMutation, {
    refetchQueries: ['CommunityPage'],
  });
  // The autocomplete reads "@" + what is typed; a chosen person fills in their handle.
  const mentions = useMentionAutocomplete((text) => {
    const chosen = text.trim().replace(/^@/, '');
    flushSync(() => setHandle(chosen));
    inputRef.current?.setSelectionRange(chosen.length, chosen.length);
  });
  const listId = `${uid}-people`;
  const sync = (value: string, caret: number) => {
    const bare = value.replace(/^@/, '');
    const shift = value.length - bare.length;
    mentions.update(`@${bare}`, Math.max(caret - shift, 0) + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const target = handle.trim().replace(/^@/, '');
    setStatus('');
    if (!target) {
      setError(t('invite.choose'));
      inputRef.current?.focus();
      return;
    }
    try {
      await invite({ variables: { communityId, handle: target } });
      setHandle('');
      setError(null);
      mentions.close();
      setStatus(t('invite.invited', { handle: target }));
    } catch (failure) {
      const problems = toFormErrors(failure, ['handle']);
      setError(problems.fields.handle ?? problems.message);
      inputRef.current?.focus();
    }
  };

  return (
    <form className="stack-sm invite-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="composer__field">
        <TextField
          ref={inputRef}
          label={t('invite.label')}
          value={handle}
          autoComplete="off"
          placeholder={t('invite.placeholder')}
          error={error ?? undefined}
          role="combobox"
          aria-expanded={mentions.open}
          aria-autocomplete="list"
          aria-controls={mentions.open ? listId : undefined}
          aria-activedescendant={
            mentions.open ? mentionOptionId(listId, mentions.activeIndex) : undefined
          }
          onChange={(event) => {
            setHandle(event.target.value);
            setError(null);
            sync(event.target.value, event.target.selectionStart ?? event.target.value.length);
          }}
          onKeyDown={(event) => {
            if (mentions.handleKey(event.key)) event.preventDefault();
          }}
          onBlur={() => mentions.close()}
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
      <Button type="submit" variant="secondary" busy={loading}>
        {t('invite.submit')}
      </Button>
      <p role="status" className="small muted">
        {status}
      </p>
    </form>
  );
}
