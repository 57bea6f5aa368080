import { useFormat, useTranslation } from '@outloud/web-i18n';
import { ProgressBar, SparkIcon, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { missingItemKey } from '../../people/utils/profile-completeness';

export interface ProfileNudgeProps {
  percent: number;
  missing: readonly string[];
}

/** Encourages a complete profile: people are found by their title, department and expertise. */
export function ProfileNudge({ percent, missing }: ProfileNudgeProps) {
  const { t } = useTranslation('people');
  const format = useFormat();
  if (percent >= 100) return null;
  const items = missing.map((item) => {
    const key = missingItemKey(item);
    return key ? t(key) : item;
  });
  return (
    <section className="card nudge" aria-labelledby="nudge-title">
      <div className="nudge__icon" aria-hidden="true">
        <SparkIcon size={22} />
      </div>
      <div className="nudge__body">
        <h2 id="nudge-title" className="card__title">
          {t('nudge.title')}
        </h2>
        <p>{t('nudge.body')}</p>
        <ProgressBar value={percent} label={t('nudge.progress')} />
        {items.length > 0 ? (
          <p className="muted small">{t('nudge.missing', { items: format.list(items) })}</p>
        ) : null}
        <Link
          to="/settings/profile"
          className={cx('ol-button', 'ol-button--primary', 'nudge__action')}
        >
          {t('nudge.action')}
        </Link>
      </div>
    </section>
  );
}
