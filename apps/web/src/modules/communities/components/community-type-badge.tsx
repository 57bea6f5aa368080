import { Badge } from '@outloud/web-ui';
import type { CommunityType } from '../../../generated/graphql';
import { communityTypeInfo } from '../utils/community-type';

const TONES = { OPEN: 'success', MODERATED: 'info', RESTRICTED: 'warning' } as const;

export function CommunityTypeBadge({ type }: { type: CommunityType }) {
  const info = communityTypeInfo(type);
  return (
    <Badge tone={TONES[type]}>
      <span className="ol-visually-hidden">Type: </span>
      {info.label}
    </Badge>
  );
}
