import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button, Dialog } from '@outloud/web-ui';
import { useState } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';
import { AcknowledgeContentPolicyMutation } from '../graphql/policy.operations';
import './policy.css';

export interface PolicyDialogProps {
  policy: { version: number; html: string; changeNote: string };
  /** The person accepted an earlier version: say what changed. */
  changed: boolean;
  onAccepted: () => void;
  onClose: () => void;
}

/** A friendly stop before writing: the policy itself, and one button to accept it. */
export function PolicyDialog({ policy, changed, onAccepted, onClose }: PolicyDialogProps) {
  const { t } = useTranslation('moderation');
  const [acknowledge, state] = useMutation(AcknowledgeContentPolicyMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = async () => {
    setProblem(null);
    try {
      await acknowledge({ variables: { version: policy.version } });
      onAccepted();
    } catch (caught) {
      setProblem(toFormErrors(caught, []).message);
    }
  };
  return (
    <Dialog
      open
      title={changed ? t('policy.gate.changedTitle') : t('policy.gate.title')}
      onClose={onClose}
      className="policy-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('policy.gate.notNow')}
          </Button>
          <Button busy={state.loading} onClick={() => void accept()} data-autofocus>
            {t('policy.gate.accept')}
          </Button>
        </>
      }
    >
      <p>
        {changed
          ? t('policy.gate.changedIntro', { note: policy.changeNote })
          : t('policy.gate.intro')}
      </p>
      <div
        className="prose policy-text policy-text--scroll"
        // A long policy scrolls here: focusable, so the keyboard can scroll it too.
        role="region"
        aria-label={t('policy.gate.textLabel')}
        tabIndex={0}
        // Rendered and sanitised by the server, like posts.
        dangerouslySetInnerHTML={{ __html: policy.html }}
      />
      {problem ? (
        <p className="ol-field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
