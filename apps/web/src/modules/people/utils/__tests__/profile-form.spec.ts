import { parseExpertise, expertiseProblem } from '../expertise';
import {
  profileChanges,
  toProfileValues,
  validateProfile,
  type ProfileSource,
} from '../profile-form';

const before: ProfileSource = {
  displayName: 'Ana Berg',
  jobTitle: 'Engineer',
  department: null,
  location: null,
  bio: null,
  expertise: ['typescript'],
};

describe('parseExpertise', () => {
  it('trims, lower-cases and drops empties and duplicates, as the API does', () => {
    expect(parseExpertise(' TypeScript, onboarding,, typescript ,  GDPR  rules ')).toEqual([
      'typescript',
      'onboarding',
      'gdpr rules',
    ]);
  });

  it('reports too many or too long tags', () => {
    expect(expertiseProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))).toMatch(/at most 20/);
    expect(expertiseProblem(['x'.repeat(41)])).toMatch(/too long/);
    expect(expertiseProblem(['ok'])).toBeNull();
  });
});

describe('profileChanges', () => {
  it('sends only what changed', () => {
    const values = {
      ...toProfileValues(before),
      bio: 'Ask me about builds.',
      expertise: 'TypeScript, Nx',
    };
    expect(profileChanges(before, values, { kind: 'unchanged' })).toEqual({
      bio: 'Ask me about builds.',
      expertise: ['typescript', 'nx'],
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(profileChanges(before, toProfileValues(before), { kind: 'unchanged' })).toEqual({});
  });

  it('clears an emptied field and carries avatar changes', () => {
    const values = { ...toProfileValues(before), jobTitle: '  ' };
    expect(profileChanges(before, values, { kind: 'removed' })).toEqual({
      jobTitle: '',
      removeAvatar: true,
    });
    expect(
      profileChanges(before, toProfileValues(before), {
        kind: 'new',
        dataUrl: 'data:image/png;base64,AA==',
      }),
    ).toEqual({
      avatarDataUrl: 'data:image/png;base64,AA==',
    });
  });
});

describe('validateProfile', () => {
  it('requires a name and enforces shared limits', () => {
    const values = { ...toProfileValues(before), displayName: ' ', bio: 'x'.repeat(1001) };
    expect(validateProfile(values)).toEqual({
      displayName: 'Enter the name colleagues know you by.',
      bio: 'Bio must be at most 1000 characters.',
    });
  });
});
