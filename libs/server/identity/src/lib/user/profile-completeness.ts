/**
 * "Don't be an egg": how complete a profile is. A photo, a bio and expertise matter most,
 * because they are what colleagues use to decide whom to ask.
 */
const WEIGHTS = {
  photo: 30,
  bio: 25,
  expertise: 25,
  jobTitle: 10,
  department: 5,
  location: 5,
} as const;

export type ProfileItem = keyof typeof WEIGHTS;

export interface ProfileFacts {
  avatarSha256: string | null;
  bio: string | null;
  expertise: string[];
  jobTitle: string | null;
  department: string | null;
  location: string | null;
}

export function profileCompleteness(user: ProfileFacts): {
  percent: number;
  missing: ProfileItem[];
} {
  const present: Record<ProfileItem, boolean> = {
    photo: !!user.avatarSha256,
    bio: !!user.bio,
    expertise: user.expertise.length > 0,
    jobTitle: !!user.jobTitle,
    department: !!user.department,
    location: !!user.location,
  };
  const items = Object.keys(WEIGHTS) as ProfileItem[];
  return {
    percent: items.reduce((sum, item) => sum + (present[item] ? WEIGHTS[item] : 0), 0),
    missing: items.filter((item) => !present[item]),
  };
}
