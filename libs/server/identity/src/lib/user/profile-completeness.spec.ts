import { profileCompleteness } from './profile-completeness';

const empty = {
  avatarSha256: null,
  bio: null,
  expertise: [],
  jobTitle: null,
  department: null,
  location: null,
};

describe('profileCompleteness', () => {
  it('is 0 with everything missing, photo first', () => {
    expect(profileCompleteness(empty)).toEqual({
      percent: 0,
      missing: ['photo', 'bio', 'expertise', 'jobTitle', 'department', 'location'],
    });
  });

  it('weights photo, bio and expertise most', () => {
    expect(
      profileCompleteness({ ...empty, avatarSha256: 'x', bio: 'Hi', expertise: ['vpn'] }).percent,
    ).toBe(80);
    expect(
      profileCompleteness({ ...empty, jobTitle: 'x', department: 'y', location: 'z' }).percent,
    ).toBe(20);
  });

  it('is 100 when complete', () => {
    const full = {
      avatarSha256: 'x',
      bio: 'b',
      expertise: ['a'],
      jobTitle: 't',
      department: 'd',
      location: 'l',
    };
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });
});
