import type { ReactNode, Ref } from 'react';
import { cx } from './class-names';

export type AlertTone = 'error' | 'warning' | 'info' | 'success';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Errors and warnings interrupt (role="alert"); info and success wait their turn (role="status").
 * tabIndex -1 lets a form move focus here after a failed submit.
 */
export function Alert({ tone = 'info', title, children, className, ref }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={urgent ? 'alert' : 'status'}
      className={cx('ol-alert', `ol-alert--${tone}`, className)}
    >
      {title ? <p className="ol-alert__title">{title}</p> : null}
      {children ? <div className="ol-alert__body">{children}</div> : null}
    </div>
  );
}
