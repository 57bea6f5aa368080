import { useId, type ReactNode } from 'react';
import { useFormat } from '@outloud/web-i18n';
import { cx } from './class-names';

export interface ProgressBarProps {
  /** 0-100; values outside are clamped. */
  value: number;
  label: ReactNode;
  /** Shows "n%" next to the label. */
  showValue?: boolean;
  className?: string;
}

export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

export function ProgressBar({ value, label, showValue = true, className }: ProgressBarProps) {
  const id = useId();
  const percent = clampPercent(value);
  const format = useFormat();
  return (
    <div className={cx('ol-progress', className)}>
      <div className="ol-progress__label">
        <span id={id}>{label}</span>
        {showValue ? (
          <span className="ol-progress__value">{format.percent(percent / 100)}</span>
        ) : null}
      </div>
      <div
        className="ol-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="ol-progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
