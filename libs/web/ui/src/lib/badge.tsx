import type { ReactNode } from 'react';
import { useTranslation } from '@outloud/web-i18n';
import { cx } from './class-names';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}

/** A short status label ("Former colleague", "Admin"). */
export function Badge({ tone = 'neutral', children, className }: BadgeProps) {
  return <span className={cx('ol-badge', `ol-badge--${tone}`, className)}>{children}</span>;
}

export interface ChipProps {
  children: ReactNode;
  /** When set, the chip gets a remove button labelled "Remove <removeLabel>". */
  onRemove?: () => void;
  removeLabel?: string;
  className?: string;
}

/** A tag-like value (an expertise, a topic). */
export function Chip({ children, onRemove, removeLabel, className }: ChipProps) {
  const { t } = useTranslation('ui');
  return (
    <span className={cx('ol-chip', className)}>
      {children}
      {onRemove ? (
        <button
          type="button"
          className="ol-chip__remove"
          onClick={onRemove}
          aria-label={t('remove', {
            name: removeLabel ?? (typeof children === 'string' ? children : t('item')),
          })}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </span>
  );
}

export function ChipList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="ol-chip-list" aria-label={label}>
      {children}
    </ul>
  );
}
