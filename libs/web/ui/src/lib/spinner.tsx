import { useTranslation } from '@outloud/web-i18n';
import { cx } from './class-names';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** Text for assistive technology ("Loading…" by default); null when a surrounding element explains it. */
  label?: string | null;
  className?: string;
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const { t } = useTranslation('ui');
  const circle = (
    <span className={cx('ol-spinner', `ol-spinner--${size}`, className)} aria-hidden="true" />
  );
  if (label === null) return circle;
  return (
    <span role="status" className="ol-spinner-wrap">
      {circle}
      <span className="ol-visually-hidden">{label ?? t('loading')}</span>
    </span>
  );
}
