import { useTranslation } from '@outloud/web-i18n';
import { MoreIcon, cx } from '@outloud/web-ui';
import { NavLink, useLocation } from 'react-router-dom';
import type { NavItem } from './nav-items';
import { useDisclosure } from './use-disclosure';

function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/**
 * The main navigation, one list for every width: a side rail on tablets and laptops (labels
 * beside the icons from 1200 px, under them below), a bottom bar on phones. The phone bar shows the
 * primary destinations and a "More" button; the rest are one tap away in its panel.
 */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const more = useDisclosure<HTMLLIElement>();
  const secondary = items.filter((item) => !item.primary);
  const inMore = secondary.some((item) => isCurrent(item, pathname));

  return (
    <nav className="mainnav" aria-label={t('nav.label')}>
      <ul className="mainnav__list">
        {items.map((item) => (
          <li
            key={item.to}
            className={cx('mainnav__item', !item.primary && 'mainnav__item--secondary')}
          >
            <DestinationLink item={item} kind="mainnav__link" />
          </li>
        ))}
        {secondary.length > 0 ? (
          <li className="mainnav__item mainnav__item--more" {...more.rootProps}>
            <button
              {...more.buttonProps}
              className={cx('mainnav__link', inMore && 'mainnav__link--active')}
            >
              <MoreIcon />
              <span className="mainnav__link-label">{t('nav.more')}</span>
            </button>
            <div className="more-panel" {...more.panelProps}>
              <ul className="more-panel__list">
                {secondary.map((item) => (
                  <li key={item.to}>
                    <DestinationLink item={item} kind="more-panel__link" />
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function DestinationLink({
  item,
  kind,
}: {
  item: NavItem;
  kind: 'mainnav__link' | 'more-panel__link';
}) {
  const { t } = useTranslation('shell');
  return (
    <NavLink
      to={item.to}
      end={item.to === '/'}
      className={({ isActive }) => cx(kind, isActive && `${kind}--active`)}
    >
      {item.icon}
      <span className={`${kind}-label`}>{t(item.label)}</span>
    </NavLink>
  );
}
