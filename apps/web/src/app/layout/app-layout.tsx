import { useTranslation } from '@outloud/web-i18n';
import { cx } from '@outloud/web-ui';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import type { Viewer } from '../../modules/auth/hooks/use-viewer';
import { NotificationBell } from '../../modules/notifications/components/notification-bell';
import { OfflineIndicator } from '../../modules/realtime/components/offline-indicator';
import { KeyboardShortcutsDialog } from '../shortcuts/keyboard-shortcuts-dialog';
import { useShortcut } from '../shortcuts/use-shortcut';
import { Brand } from './brand';
import { visibleNavItems } from './nav-items';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/** The signed-in shell: top bar, main navigation (a bottom bar on small screens), content. */
export function AppLayout({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('shell');
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
        <div className="topbar__inner">
          <Brand />
          <nav className="mainnav" aria-label={t('nav.label')}>
            <ul className="mainnav__list">
              {visibleNavItems(viewer.role).map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.to === '/'}
                    className={({ isActive }) =>
                      cx('mainnav__link', isActive && 'mainnav__link--active')
                    }
                  >
                    {item.icon}
                    <span className="mainnav__label">{t(item.label)}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <NotificationBell />
          <UserMenu viewer={viewer} onShowShortcuts={() => setShortcutsOpen(true)} />
        </div>
      </header>
      <OfflineIndicator />
      <main id="main-content" className="content" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <KeyboardShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
