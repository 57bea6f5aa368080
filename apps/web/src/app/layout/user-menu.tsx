import {
  Avatar,
  ChevronDownIcon,
  KeyboardIcon,
  LogOutIcon,
  SettingsIcon,
  UserIcon,
} from '@outloud/web-ui';
import { useTranslation } from '@outloud/web-i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useLogOut } from '../../modules/auth/hooks/use-session';
import type { Viewer } from '../../modules/auth/hooks/use-viewer';

/** Disclosure (not an ARIA menu): a button that shows a short list of links and a log-out button. */
export function UserMenu({
  viewer,
  onShowShortcuts,
}: {
  viewer: Viewer;
  /** Opens the Keyboard shortcuts help (also "?"). */
  onShowShortcuts?: () => void;
}) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const { logOut, busy } = useLogOut();

  // Close when the route changes.
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onBlur={(event) => {
        if (
          open &&
          !event.currentTarget.contains(event.relatedTarget as Node | null) &&
          event.relatedTarget
        ) {
          setOpen(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={viewer.displayName} src={viewer.avatarUrl} size="sm" labelled={false} />
        <span className="user-menu__name">{viewer.displayName}</span>
        <span className="ol-visually-hidden">{t('userMenu.accountMenu')}</span>
        <ChevronDownIcon size={16} className="user-menu__chevron" />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <div className="user-menu__who">
          <strong>{viewer.displayName}</strong>
          <span className="muted">@{viewer.handle}</span>
        </div>
        <ul className="user-menu__list">
          <li>
            <Link className="user-menu__item" to={`/people/${encodeURIComponent(viewer.handle)}`}>
              <UserIcon size={18} /> {t('userMenu.profile')}
            </Link>
          </li>
          <li>
            <Link className="user-menu__item" to="/settings/profile">
              <SettingsIcon size={18} /> {t('userMenu.settings')}
            </Link>
          </li>
          {onShowShortcuts ? (
            <li>
              <button
                type="button"
                className="user-menu__item"
                aria-keyshortcuts="?"
                onClick={() => {
                  setOpen(false);
                  onShowShortcuts();
                }}
              >
                <KeyboardIcon size={18} /> {t('userMenu.shortcuts')}{' '}
                <kbd aria-hidden="true" className="user-menu__kbd">
                  ?
                </kbd>
              </button>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="user-menu__item"
              onClick={() => void logOut()}
              disabled={busy}
            >
              <LogOutIcon size={18} /> {busy ? t('userMenu.loggingOut') : t('userMenu.logOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
