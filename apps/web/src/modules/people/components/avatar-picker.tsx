import { LIMITS } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { Avatar } from '@outloud/web-ui';
import type { AvatarChange } from '../utils/profile-form';
import { ProfileImagePicker } from './profile-image-picker';

export interface AvatarPickerProps {
  name: string;
  currentUrl: string | null;
  change: AvatarChange;
  onChange: (change: AvatarChange) => void;
  /** An error from the server about the photo. */
  error?: string;
}

export function AvatarPicker({ name, currentUrl, change, onChange, error }: AvatarPickerProps) {
  const { t } = useTranslation('people');
  return (
    <ProfileImagePicker
      currentUrl={currentUrl}
      change={change}
      onChange={onChange}
      error={error}
      name="avatar"
      preview={(src) => <Avatar name={name || '?'} src={src} size="xl" labelled={false} />}
      labels={{
        legend: t('avatar.legend'),
        choose: t('avatar.choose'),
        change: t('avatar.change'),
        remove: t('avatar.remove'),
        hint: t('avatar.hint', { kb: Math.round(LIMITS.avatar.maxBytes / 1024) }),
        readError: t('avatar.readError'),
        undo: t('avatar.undo'),
        selected: t('avatar.selected'),
        removed: t('avatar.removed'),
      }}
    />
  );
}
