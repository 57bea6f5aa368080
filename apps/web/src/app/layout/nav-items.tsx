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
  label: string;
  icon: ReactNode;
  /** Only shown to admins. */
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home', icon: <HomeIcon /> },
  { to: '/discover', label: 'Discover', icon: <CompassIcon /> },
  { to: '/questions', label: 'Questions', icon: <QuestionIcon /> },
  { to: '/communities', label: 'Communities', icon: <CommunitiesIcon /> },
  { to: '/library', label: 'Files', icon: <FilesIcon /> },
  { to: '/bookmarks', label: 'Bookmarks', icon: <BookmarkIcon /> },
  { to: '/search', label: 'Search', icon: <SearchIcon /> },
  { to: '/admin', label: 'Admin', icon: <AdminIcon />, adminOnly: true },
];

export function visibleNavItems(role: UserRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.adminOnly || role === 'ADMIN');
}
