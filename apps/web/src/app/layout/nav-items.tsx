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
import type { ParseKeys } from '@outloud/web-i18n';
import type { ReactNode } from 'react';
import type { UserRole } from '../../generated/graphql';

export interface NavItem {
  to: string;
  /** Key in the shell namespace. */
  label: ParseKeys<'shell'>;
  icon: ReactNode;
  /** Only shown to admins. */
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: <HomeIcon /> },
  { to: '/discover', label: 'nav.discover', icon: <CompassIcon /> },
  { to: '/questions', label: 'nav.questions', icon: <QuestionIcon /> },
  { to: '/communities', label: 'nav.communities', icon: <CommunitiesIcon /> },
  { to: '/library', label: 'nav.files', icon: <FilesIcon /> },
  { to: '/bookmarks', label: 'nav.bookmarks', icon: <BookmarkIcon /> },
  { to: '/search', label: 'nav.search', icon: <SearchIcon /> },
  { to: '/admin', label: 'nav.admin', icon: <AdminIcon />, adminOnly: true },
];

export function visibleNavItems(role: UserRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.adminOnly || role === 'ADMIN');
}
