import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from './button';
import { cx } from './class-names';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape, on the close button and on a click on the backdrop. */
  onClose: () => void;
  children?: ReactNode;
  /** Buttons under the content; a "Close" button is shown when omitted. */
  actions?: ReactNode;
  className?: string;
  /** role="alertdialog" for confirmations that interrupt. */
  alert?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the rest of the
 * page inert and closes on Escape. Focus goes to the first control marked `data-autofocus` (else
 * the first button) and back to whatever had it when the dialog closes.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  className,
  alert = false,
}: DialogProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog${useId().replace(/:/g, '')}-title`;

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const returnTo = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('button, [href], input, textarea, select');
    first?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (returnTo && returnTo.isConnected) returnTo.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={cx('ol-dialog', className)}
      role={alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React own the state.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Browsers without native Escape handling (and jsdom).
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="ol-dialog__inner">
        <h2 id={titleId} className="ol-dialog__title">
          {title}
        </h2>
        {children ? <div className="ol-dialog__body">{children}</div> : null}
        <div className="ol-dialog__actions">
          {actions ?? (
            <Button variant="secondary" onClick={onClose} data-autofocus>
              {t('close')}
            </Button>
          )}
        </div>
      </div>
    </dialog>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Destructive confirmations use the danger button. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action; the safe choice (Cancel) has focus first. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      alert
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} data-autofocus>
            {cancelLabel ?? t('cancel')}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
