import { useTranslation } from '@outloud/web-i18n';
import { Button, ConfirmDialog } from '@outloud/web-ui';
import { useState } from 'react';

export interface RevokeTokenButtonProps {
  name: string;
  busy: boolean;
  /** What stops working, e.g. "Scripts using it stop working at once." */
  consequence: string;
  onRevoke: () => Promise<void>;
}

/** Revoke, after a confirmation that says what stops working. */
export function RevokeTokenButton({ name, busy, consequence, onRevoke }: RevokeTokenButtonProps) {
  const { t } = useTranslation('tokens');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        disabled={busy}
        aria-label={t('revokeWho', { name })}
        onClick={() => setOpen(true)}
      >
        {t('revoke')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('revokeTitle', { name })}
        confirmLabel={t('revoke')}
        danger
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void onRevoke().finally(() => setOpen(false))}
      >
        <p>{consequence}</p>
      </ConfirmDialog>
    </>
  );
}
