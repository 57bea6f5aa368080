import type { TFunction } from '@outloud/web-i18n';
import type { CommunityType } from '../../../generated/graphql';

type T = TFunction<'stream'>;

/** "Only the 12 members of Finance Leads can see this" or the company-wide line. */
export function audienceLine(
  t: T,
  community: { name: string; type: CommunityType; memberCount: number } | null,
): string {
  if (!community) return t('audience.everyone');
  if (community.type !== 'RESTRICTED') return t('audience.community', { name: community.name });
  return t('audience.restricted', { name: community.name, count: community.memberCount });
}

/** "@bob can't see this community and won't be notified." */
export function cannotSeeNotice(
  t: T,
  handles: readonly string[],
  list: (items: string[]) => string,
): string | null {
  if (handles.length === 0) return null;
  return t('composer.cannotSee', { names: list(handles.map((handle) => `@${handle}`)) });
}
