import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextArea } from '@outloud/web-ui';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { toFormErrors } from '../../errors/utils/form-errors';

export interface EditTextFormProps {
  label: string;
  initial: string;
  busy: boolean;
  submitLabel: string;
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
}

/** Inline editor for a post or reply: focused on open, Escape cancels, Ctrl/Cmd+Enter saves. */
export function EditTextForm({
  label,
  initial,
  busy,
  submitLabel,
  onSave,
  onCancel,
}: EditTextFormProps) {
  const { t } = useTranslation('stream');
  const [body, setBody] = useState(initial);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);

  const save = async () => {
    if (busy) return;
    setFormError(null);
    if (!body.trim()) {
      setFieldError(t('edit.empty'));
      boxRef.current?.focus();
      return;
    }
    try {
      await onSave(body);
    } catch (caught) {
      const errors = toFormErrors(caught, ['body'] as const);
      const field = errors.fields.body;
      if (field) {
        setFieldError(field);
        boxRef.current?.focus();
      } else setFormError(errors.message ?? t('edit.saveErrorFallback'));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form className="edit-form stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <Alert tone="error" title={t('edit.saveError')}>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <TextArea
        ref={boxRef}
        label={label}
        value={body}
        rows={4}
        maxLength={10_000}
        hint={t('edit.hint')}
        error={fieldError}
        onChange={(event) => {
          setBody(event.target.value);
          if (fieldError) setFieldError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="form__actions">
        <Button type="submit" size="sm" busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
