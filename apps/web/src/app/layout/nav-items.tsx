import type { ParseKeys } from '@outloud/web-i18n';
import {
  AdminIcon,
  BookmarkIcon,
  CommunitiesIcon,
  CompassIcon,
  FilesIcon,
  HomeIcon,
  QuestionIcon,
  SearchIcon,
} from '@outloud/web-ui';
import type { ReactNode } from 'react';
import type { UserRole } from '../../generated/graphql';

export interface NavItem {
  to: string;
  /** Key in the shell namespace. */
  label: ParseKeys<'shell'>;
  icon: ReactNode;
  /** In the phone's bottom bar (at most four, plus "More"); the others are one tap away in More. */
  primary?: boolean;
  /** Only shown to admins. */
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: <HomeIcon />, primary: true },
  { to: '/discover', label: 'nav.discover', icon: <CompassIcon /> },
  { to: '/questions', label: 'nav.questions', icon: <QuestionIcon />, primary: true },
  { to: '/communities', label: 'nav.communities', icon: <CommunitiesIcon />, primary: true },
  { to: '/library', label: 'nav.files', icon: <FilesIcon /> },
  { to: '/bookmarks', label: 'nav.bookmarks', icon: <BookmarkIcon /> },
  { to: '/search', label: 'nav.search', icon: <SearchIcon />, primary: true },
  { to: '/admin', label: 'nav.admin', icon: <AdminIcon />, adminOnly: true },
];

/** The phone's bottom bar holds at most this many destinations, "More" included. */
export const PHONE_BAR_SLOTS = 5;

export function visibleNavItems(role: UserRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.adminOnly || role === 'ADMIN');
}
