import { ProgressBar, SparkIcon, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import { joinReadable, missingItemLabel } from '../../people/utils/profile-completeness';

export interface ProfileNudgeProps {
  percent: number;
  missing: readonly string[];
}

/** Encourages a complete profile: people are found by their title, department and expertise. */
export function ProfileNudge({ percent, missing }: ProfileNudgeProps) {
  if (percent >= 100) return null;
  const items = missing.map(missingItemLabel);
  return (
    <section className="card nudge" aria-labelledby="nudge-title">
      <div className="nudge__icon" aria-hidden="true">
        <SparkIcon size={22} />
      </div>
      <div className="nudge__body">
        <h2 id="nudge-title" className="card__title">
          Complete your profile
        </h2>
        <p>Add a photo, bio and expertise so colleagues can find you.</p>
        <ProgressBar value={percent} label="Profile completeness" />
        {items.length > 0 ? (
          <p className="muted small">Still missing: {joinReadable(items)}.</p>
        ) : null}
        <Link
          to="/settings/profile"
          className={cx('ol-button', 'ol-button--primary', 'nudge__action')}
        >
          Complete your profile
        </Link>
      </div>
    </section>
  );
}
