import {
  Avatar,
  ChevronDownIcon,
  KeyboardIcon,
  LogOutIcon,
  SettingsIcon,
  UserIcon,
} from '@outloud/web-ui';
import { useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';
import { useLogOut } from '../../modules/auth/hooks/use-session';
import type { Viewer } from '../../modules/auth/hooks/use-viewer';
import { useDisclosure } from './use-disclosure';

/** The account disclosure: profile, settings, keyboard shortcuts and log out. */
export function UserMenu({
  viewer,
  onShowShortcuts,
}: {
  viewer: Viewer;
  /** Opens the Keyboard shortcuts help (also "?"). */
  onShowShortcuts?: () => void;
}) {
  const { t } = useTranslation('shell');
  const menu = useDisclosure();
  const { logOut, busy } = useLogOut();

  return (
    <div className="user-menu" {...menu.rootProps}>
      <button {...menu.buttonProps} className="user-menu__button">
        <Avatar name={viewer.displayName} src={viewer.avatarUrl} size="sm" labelled={false} />
        <span className="user-menu__name">{viewer.displayName}</span>
        <span className="ol-visually-hidden">{t('userMenu.accountMenu')}</span>
        <ChevronDownIcon size={16} className="user-menu__chevron" />
      </button>
      <div className="user-menu__panel" {...menu.panelProps}>
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
            <Link className="user-menu__item" to="/settings">
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
                  menu.setOpen(false);
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
