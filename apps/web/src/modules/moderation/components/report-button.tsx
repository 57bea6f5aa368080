import './moderation.css';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, Dialog, TextArea } from '@outloud/web-ui';
import { useContext, useId, useState, type FormEvent } from 'react';
import type { ModerationTargetType, ReportReason } from '../../../generated/graphql';
import { ViewerContext } from '../../auth/hooks/viewer-context';
import { toFormErrors } from '../../errors/utils/form-errors';
import { ReportContentMutation } from '../graphql/moderation.operations';
import { REPORT_NOTE_MAX, REPORT_REASONS, reportProblem } from '../utils/report-form';

export interface ReportButtonProps {
  targetType: ModerationTargetType;
  targetId: string;
  /** Nobody reports their own content: no button for its author (or when signed out). */
  authorId: string | null | undefined;
  /** Says what is reported, e.g. the id of the author's heading. */
  describedBy?: string;
  className?: string;
}

/**
 * "Report" on someone else's content: a dialog with the reasons and an optional note; the
 * reporter is thanked quietly and told the outcome later, in their notifications.
 */
export function ReportButton({
  targetType,
  targetId,
  authorId,
  describedBy,
  className,
}: ReportButtonProps) {
  const { t } = useTranslation('moderation');
  const viewer = useContext(ViewerContext);
  const uid = useId().replace(/:/g, '');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [thanks, setThanks] = useState('');
  const [report, state] = useMutation(ReportContentMutation);

  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = reportProblem(reason, note);
    if (local) {
      setProblem(t(`report.problem.${local}`));
      return;
    }
    try {
      await report({
        variables: {
          input: { targetType, targetId, reason: reason!, note: note.trim() || null },
        },
      });
      setOpen(false);
      setProblem(null);
      setThanks(t('report.thanks'));
    } catch (caught) {
      setProblem(toFormErrors(caught, []).message);
    }
  };

  if (!viewer || viewer.id === authorId) return null;
  return (
    <>
      <button
        type="button"
        className={className ?? 'post-action'}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        onClick={() => {
          setThanks('');
          setOpen(true);
        }}
      >
        {t('report.button')}
      </button>
      <span role="status" className="report-thanks">
        {thanks}
      </span>
      <Dialog
        open={open}
        title={t('report.title', { target: targetType.toLowerCase() })}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              {t('report.cancel')}
            </Button>
            <Button type="submit" form={`${uid}-form`} busy={state.loading}>
              {t('report.send')}
            </Button>
          </>
        }
      >
        <form id={`${uid}-form`} className="stack" noValidate onSubmit={(e) => void submit(e)}>
          <p className="muted">{t('report.intro')}</p>
          <fieldset className="type-choice">
            <legend className="ol-field__label">{t('report.reasonLegend')}</legend>
            {REPORT_REASONS.map((value, index) => (
              <div key={value} className="type-choice__option">
                <input
                  id={`${uid}-${value}`}
                  type="radio"
                  name={`${uid}-reason`}
                  value={value}
                  checked={reason === value}
                  data-autofocus={index === 0 ? true : undefined}
                  aria-describedby={`${uid}-${value}-hint`}
                  onChange={() => setReason(value)}
                />
                <label htmlFor={`${uid}-${value}`}>
                  <strong>{t(`reason.${value}`)}</strong>
                  <span id={`${uid}-${value}-hint`} className="type-choice__hint">
                    {t(`reasonHint.${value}`)}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea
            label={t('report.note')}
            hint={reason === 'OTHER' ? t('report.noteRequired') : t('report.noteHint')}
            value={note}
            maxLength={REPORT_NOTE_MAX}
            showCount
            rows={3}
            onChange={(event) => setNote(event.target.value)}
          />
          {problem ? (
            <Alert tone="error" title={t('report.failed')}>
              <p>{problem}</p>
            </Alert>
          ) : null}
        </form>
      </Dialog>
    </>
  );
}
