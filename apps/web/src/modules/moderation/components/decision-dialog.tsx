import { useTranslation } from '@outloud/web-i18n';
import { Button, Dialog, TextArea } from '@outloud/web-ui';
import { LIMITS_MODERATION } from '@outloud/contracts';
import { useId, useState, type FormEvent } from 'react';

export interface DecisionDialogProps {
  kind: 'hide' | 'delete' | null;
  busy: boolean;
  problem: string | null;
  onCancel: () => void;
  onDecide: (reason: string) => void;
}

/** Hiding and deleting say why, in a sentence the author will read. */
export function DecisionDialog({ kind, busy, problem, onCancel, onDecide }: DecisionDialogProps) {
  const { t } = useTranslation('moderation');
  const uid = useId().replace(/:/g, '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onDecide(reason.trim());
  };
  const close = () => {
    setReason('');
    setMissing(false);
    onCancel();
  };
  return (
    <Dialog
      open={kind !== null}
      alert={kind === 'delete'}
      title={kind === 'delete' ? t('decision.deleteTitle') : t('decision.hideTitle')}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            {t('decision.cancel')}
          </Button>
          <Button
            type="submit"
            form={`${uid}-form`}
            variant={kind === 'delete' ? 'danger' : 'primary'}
            busy={busy}
          >
            {kind === 'delete' ? t('decision.delete') : t('decision.hide')}
          </Button>
        </>
      }
    >
      <form id={`${uid}-form`} className="stack" noValidate onSubmit={submit}>
        <p>{kind === 'delete' ? t('decision.deleteIntro') : t('decision.hideIntro')}</p>
        <TextArea
          label={t('decision.reason')}
          hint={t('decision.reasonHint')}
          required
          data-autofocus
          rows={3}
          value={reason}
          maxLength={LIMITS_MODERATION.decisionReason}
          showCount
          error={missing ? t('decision.reasonMissing') : (problem ?? undefined)}
          onChange={(event) => {
            setMissing(false);
            setReason(event.target.value);
          }}
        />
      </form>
    </Dialog>
  );
}
