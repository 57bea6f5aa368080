import { handleProblem } from './handle';

describe('handleProblem', () => {
  it.each(['ana', 'Ana_Berg', 'j-doe', 'x1', 'a_'])('accepts %s', (handle) => {
    expect(handleProblem(handle)).toBeNull();
  });

  it.each([
    ['', 'at least'],
    ['a', 'at least'],
    ['a'.repeat(31), 'at most'],
    ['1ana', 'start with a letter'],
    ['ana-', 'start with a letter'],
    ['ana berg', 'letters, digits'],
    ['ana@berg', 'letters, digits'],
    ['åsa', 'letters, digits'],
    ['Everyone', 'reserved'],
  ])('rejects %p with a readable message', (handle, fragment) => {
    expect(handleProblem(handle)).toContain(fragment);
  });
});
