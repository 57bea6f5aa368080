import type { AnalyticsMetricKey } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { useId, useState } from 'react';

/**
 * A figure's definition, one press (or hover) away: the text is the catalogue's, which for English
 * is the contracts' own (checked by a test), so the tooltip, the API and docs/analytics.md agree.
 * A disclosure rather than a hover-only tooltip: it works by touch and keyboard, Escape closes it,
 * and it stays open while the pointer is over it.
 */
export function MetricInfo({ metric, name }: { metric: AnalyticsMetricKey; name: string }) {
  const { t } = useTranslation('analytics');
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const close = () => {
    setOpen(false);
    setPinned(false);
  };
  return (
    <span
      className="metric-info"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => !pinned && setOpen(false)}
    >
      <button
        type="button"
        className="metric-info__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('info.about', { metric: name })}
        onClick={() => {
          setPinned(!pinned || !open);
          setOpen(!pinned || !open);
        }}
        onBlur={close}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            close();
          }
        }}
      >
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M8 7v4.5M8 4.5v.5"
            stroke="currentColor"
            strokeWidth="1.75"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <span id={id} className="metric-info__text" hidden={!open}>
        {t(`definitions.${metric}`)}
      </span>
    </span>
  );
}
