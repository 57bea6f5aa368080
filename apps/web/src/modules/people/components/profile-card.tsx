import { useTranslation } from '@outloud/web-i18n';
import { Avatar, Badge, Chip, ChipList, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { UserProfileQuery, UserRole } from '../../../generated/graphql';
import { KnownFor } from './known-for';

export type Profile = NonNullable<UserProfileQuery['user']>;

const ROLE_KEYS = {
  ADMIN: 'role.ADMIN',
  MODERATOR: 'role.MODERATOR',
  MEMBER: null,
} as const satisfies Record<UserRole, string | null>;

export function ProfileCard({ profile, isSelf }: { profile: Profile; isSelf: boolean }) {
  const { t } = useTranslation('people');
  const roleKey = ROLE_KEYS[profile.role];
  const roleLabel = roleKey ? t(roleKey) : null;
  const subtitle = [profile.jobTitle, profile.department].filter(Boolean).join(' · ');
  return (
    <article className="profile stack-lg" aria-labelledby="profile-name">
      <header className="card profile__header">
        <Avatar name={profile.displayName} src={profile.avatarUrl} size="xl" labelled={false} />
        <div className="profile__identity">
          <h1 id="profile-name" className="profile__name">
            {profile.displayName}
          </h1>
          <p className="profile__handle">{t('card.handle', { handle: profile.handle })}</p>
          {subtitle ? <p className="profile__title">{subtitle}</p> : null}
          {profile.location ? (
            <p className="profile__location">
              <span className="ol-visually-hidden">{t('card.location')}</span>
              {profile.location}
            </p>
          ) : null}
          {profile.isFormerColleague || roleLabel ? (
            <p className="profile__badges">
              {profile.isFormerColleague ? (
                <Badge tone="warning">{t('card.formerColleague')}</Badge>
              ) : null}
              {roleLabel ? <Badge tone="info">{roleLabel}</Badge> : null}
            </p>
          ) : null}
        </div>
        {isSelf ? (
          <Link
            to="/settings/profile"
            className={cx('ol-button', 'ol-button--secondary', 'profile__edit')}
          >
            {t('card.edit')}
          </Link>
        ) : null}
      </header>

      <div className="profile__sections">
        <section className="card" aria-labelledby="profile-about">
          <h2 id="profile-about" className="card__title">
            {t('card.about')}
          </h2>
          {profile.bio ? (
            <p className="profile__bio">{profile.bio}</p>
          ) : (
            <p className="muted">{isSelf ? t('card.noBioSelf') : t('card.noBio')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="profile-expertise">
          <h2 id="profile-expertise" className="card__title">
            {t('card.expertise')}
          </h2>
          {profile.expertise.length > 0 ? (
            <ChipList label={t('card.expertise')}>
              {profile.expertise.map((tag) => (
                <li key={tag}>
                  <Chip>{tag}</Chip>
                </li>
              ))}
            </ChipList>
          ) : (
            <p className="muted">{isSelf ? t('card.noExpertiseSelf') : t('card.noExpertise')}</p>
          )}
        </section>
        <KnownFor topics={profile.knownFor} name={profile.displayName} isSelf={isSelf} />
      </div>
    </article>
  );
}
