import { useTranslation } from '@outloud/web-i18n';
import { cx } from '@outloud/web-ui';
import { NavLink } from 'react-router-dom';
import './admin.css';

const SECTIONS = [
  { to: '/admin', key: 'sections.analytics' },
  { to: '/admin/people', key: 'sections.people' },
  { to: '/admin/audit', key: 'sections.audit' },
  { to: '/admin/policy', key: 'sections.policy' },
  { to: '/admin/provisioning', key: 'sections.provisioning' },
] as const;

/** The admin area's own navigation: analytics, people, audit log, content policy, provisioning. */
export function AdminSections() {
  const { t } = useTranslation('admin');
  return (
    <nav className="admin-sections" aria-label={t('sections.label')}>
      <ul className="admin-sections__list">
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <NavLink
              to={section.to}
              end
              className={({ isActive }) =>
                cx('admin-sections__link', isActive && 'admin-sections__link--active')
              }
            >
              {t(section.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
