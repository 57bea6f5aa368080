import './app-layout.css';
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { PolicyFooter } from '../../modules/policy/components/policy-footer';
import type { Viewer } from '../../modules/auth/hooks/use-viewer';
import { ReviewQueueLink } from '../../modules/moderation/components/review-queue-link';
import { NotificationBell } from '../../modules/notifications/components/notification-bell';
import { OfflineIndicator } from '../../modules/realtime/components/offline-indicator';
import { KeyboardShortcutsDialog } from '../shortcuts/keyboard-shortcuts-dialog';
import { useShortcut } from '../shortcuts/use-shortcut';
import { Brand } from './brand';
import { MainNav } from './main-nav';
import { visibleNavItems } from './nav-items';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/** The signed-in shell: top bar (brand, bell, account), main navigation (rail or bottom bar), content. */
export function AppLayout({ viewer }: { viewer: Viewer }) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useShortcut('?', () => setShortcutsOpen(true));

  // After in-app navigation, move focus to the new content so keyboard and screen reader users
  // start there instead of on the link they used.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <div className="shell">
      <SkipLink />
      <header className="topbar">
        <Brand />
        <div className="topbar__actions">
          <ReviewQueueLink />
          <NotificationBell />
          <UserMenu viewer={viewer} onShowShortcuts={() => setShortcutsOpen(true)} />
        </div>
      </header>
      <MainNav items={visibleNavItems(viewer.role)} />
      <OfflineIndicator />
      <main id="main-content" className="content" tabIndex={-1} ref={mainRef}>
        <Outlet />
        <PolicyFooter />
      </main>
      <KeyboardShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
