import { LIMITS } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { ProfileImagePicker } from '../../people/components/profile-image-picker';
import { communityImageFileProblem } from '../../people/utils/avatar-file';
import type { AvatarChange } from '../../people/utils/profile-form';
import { CommunityImage } from './community-image';

export interface CommunityImagePickerProps {
  name: string;
  currentUrl: string | null;
  change: AvatarChange;
  onChange: (change: AvatarChange) => void;
  error?: string;
}

/** The community's picture as a data: URL, checked here like an avatar (type, at most 256 KB). */
export function CommunityImagePicker({
  name,
  currentUrl,
  change,
  onChange,
  error,
}: CommunityImagePickerProps) {
  const { t } = useTranslation('communities');
  return (
    <ProfileImagePicker
      currentUrl={currentUrl}
      change={change}
      onChange={onChange}
      error={error}
      name="image"
      preview={(src) => <CommunityImage name={name || '?'} src={src} size="lg" />}
      fileProblem={communityImageFileProblem}
      labels={{
        legend: t('image.legend'),
        choose: t('image.choose'),
        change: t('image.change'),
        remove: t('image.remove'),
        hint: t('image.hint', { kb: Math.round(LIMITS.avatar.maxBytes / 1024) }),
        readError: t('image.readError'),
      }}
    />
  );
}
