import { Avatar, Badge, Chip, ChipList, cx } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { UserProfileQuery, UserRole } from '../../../generated/graphql';

export type Profile = NonNullable<UserProfileQuery['user']>;

const ROLE_LABELS: Record<UserRole, string | null> = {
  ADMIN: 'Admin',
  MODERATOR: 'Moderator',
  MEMBER: null,
};

export function ProfileCard({ profile, isSelf }: { profile: Profile; isSelf: boolean }) {
  const roleLabel = ROLE_LABELS[profile.role];
  const subtitle = [profile.jobTitle, profile.department].filter(Boolean).join(' · ');
  return (
    <article className="profile stack-lg" aria-labelledby="profile-name">
      <header className="card profile__header">
        <Avatar name={profile.displayName} src={profile.avatarUrl} size="xl" labelled={false} />
        <div className="profile__identity">
          <h1 id="profile-name" className="profile__name">
            {profile.displayName}
          </h1>
          <p className="profile__handle">@{profile.handle}</p>
          {subtitle ? <p className="profile__title">{subtitle}</p> : null}
          {profile.location ? (
            <p className="profile__location">
              <span className="ol-visually-hidden">Location: </span>
              {profile.location}
            </p>
          ) : null}
          {profile.isFormerColleague || roleLabel ? (
            <p className="profile__badges">
              {profile.isFormerColleague ? <Badge tone="warning">Former colleague</Badge> : null}
              {roleLabel ? <Badge tone="info">{roleLabel}</Badge> : null}
            </p>
          ) : null}
        </div>
        {isSelf ? (
          <Link
            to="/settings/profile"
            className={cx('ol-button', 'ol-button--secondary', 'profile__edit')}
          >
            Edit profile
          </Link>
        ) : null}
      </header>

      <div className="profile__sections">
        <section className="card" aria-labelledby="profile-about">
          <h2 id="profile-about" className="card__title">
            About
          </h2>
          {profile.bio ? (
            <p className="profile__bio">{profile.bio}</p>
          ) : (
            <p className="muted">{isSelf ? 'You have not written a bio yet.' : 'No bio yet.'}</p>
          )}
        </section>
        <section className="card" aria-labelledby="profile-expertise">
          <h2 id="profile-expertise" className="card__title">
            Expertise
          </h2>
          {profile.expertise.length > 0 ? (
            <ChipList label="Expertise">
              {profile.expertise.map((tag) => (
                <li key={tag}>
                  <Chip>{tag}</Chip>
                </li>
              ))}
            </ChipList>
          ) : (
            <p className="muted">
              {isSelf ? 'Add what you know so colleagues can ask you.' : 'No expertise listed yet.'}
            </p>
          )}
        </section>
      </div>
    </article>
  );
}
