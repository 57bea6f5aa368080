import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { ConfirmDialog, TextField } from '@outloud/web-ui';
import { useState } from 'react';
import type { AdminPersonFragment } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import { FileCountOfQuery, GiveFilesToNewOwnerMutation } from '../graphql/admin.operations';

/**
 * Gives a former colleague's files to an active person: versions, likes, comments and download
 * counts stay (only the owner changes).
 */
export function FileHandoverDialog({
  person,
  onClose,
  onOutcome,
}: {
  person: AdminPersonFragment;
  onClose: () => void;
  onOutcome: (message: string, failed?: boolean) => void;
}) {
  const { t } = useTranslation('admin');
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const count = useQuery(FileCountOfQuery, {
    variables: { userId: person.id },
    fetchPolicy: 'network-only',
  });
  const [give, giving] = useMutation(GiveFilesToNewOwnerMutation);
  const files = count.data?.fileCountOf;

  const confirm = async () => {
    const to = handle.trim().replace(/^@/, '');
    if (!to) {
      setError(t('handover.handleMissing'));
      return;
    }
    try {
      const result = await give({ variables: { fromUserId: person.id, toHandle: to } });
      onOutcome(
        t('handover.filesGiven', {
          count: result.data?.giveFilesToNewOwner ?? 0,
          name: person.displayName,
          handle: to,
        }),
      );
      onClose();
    } catch (caught) {
      setError(toFormErrors(caught, []).message ?? t('people.failed'));
    }
  };

  return (
    <ConfirmDialog
      open
      title={t('handover.filesTitle', { name: person.displayName })}
      confirmLabel={t('handover.giveFiles')}
      busy={giving.loading}
      onCancel={onClose}
      onConfirm={() => void confirm()}
    >
      <p>
        {files === undefined
          ? t('handover.counting')
          : t('handover.filesText', { count: files, name: person.displayName })}
      </p>
      <TextField
        label={t('handover.newOwner')}
        hint={t('handover.newOwnerHint')}
        error={error ?? undefined}
        required
        autoComplete="off"
        value={handle}
        onChange={(event) => {
          setHandle(event.target.value);
          setError(null);
        }}
      />
    </ConfirmDialog>
  );
}
