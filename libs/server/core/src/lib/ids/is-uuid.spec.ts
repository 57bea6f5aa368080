import { isUuid, UUID_PATTERN } from './is-uuid';

describe('isUuid', () => {
  it.each([
    ['0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6f', true],
    ['0B7C3F5E-9D1A-4C2B-8E3F-1A2B3C4D5E6F', true],
    ['0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6', false],
    ['0b7c3f5e9d1a4c2b8e3f1a2b3c4d5e6f', false],
    [' 0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6f', false],
    ["' OR 1=1 --", false],
    ['', false],
  ])('%p → %p', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });

  it('gives its pattern to patterns that embed an id', () => {
    const room = new RegExp(`^post:${UUID_PATTERN}$`, 'i');
    expect(room.test('post:0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6f')).toBe(true);
    expect(room.test('post:0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6f:x')).toBe(false);
  });
});
