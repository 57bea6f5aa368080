import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';

export interface FollowButtonProps {
  following: boolean;
  busy: boolean;
  /** What is followed, for the accessible description ("#vpn", "Ana Berg"). */
  name: string;
  onToggle: () => void;
}

/** A toggle: "Follow" / "Following"; aria-pressed says which. */
export function FollowButton({ following, busy, name, onToggle }: FollowButtonProps) {
  const { t } = useTranslation('stream');
  return (
    <Button
      variant={following ? 'secondary' : 'primary'}
      aria-pressed={following}
      busy={busy}
      onClick={onToggle}
      title={following ? t('follow.stopFollowing', { name }) : t('follow.followName', { name })}
    >
      {following ? t('follow.following') : t('follow.follow')}
    </Button>
  );
}
