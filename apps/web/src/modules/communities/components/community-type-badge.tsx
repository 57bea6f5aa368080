import { useTranslation } from '@outloud/web-i18n';
import { Badge } from '@outloud/web-ui';
import type { CommunityType } from '../../../generated/graphql';
import { communityTypeInfo } from '../utils/community-type';

const TONES = { OPEN: 'success', MODERATED: 'info', RESTRICTED: 'warning' } as const;

export function CommunityTypeBadge({ type }: { type: CommunityType }) {
  const { t } = useTranslation('communities');
  const info = communityTypeInfo(type);
  return (
    <Badge tone={TONES[type]}>
      <span className="ol-visually-hidden">{t('type.prefix')}</span>
      {t(info.label)}
    </Badge>
  );
}
