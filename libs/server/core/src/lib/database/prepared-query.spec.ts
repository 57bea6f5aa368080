import { BoundedStatements } from './prepared-query';

describe('BoundedStatements', () => {
  it('names a text from its second use, and keeps that name', () => {
    const statements = new BoundedStatements(4);
    expect(statements.nameFor('SELECT 1')).toBeNull();
    const name = statements.nameFor('SELECT 1');
    expect(name).toMatch(/^s_[0-9a-f]{20}$/);
    expect(statements.nameFor('SELECT 1')).toBe(name);
    expect(statements.nameFor('SELECT 2')).toBeNull();
    expect(statements.nameFor('SELECT 2')).not.toBe(name);
    expect(statements.size).toBe(2);
  });

  it('runs texts unnamed once the limit is reached', () => {
    const statements = new BoundedStatements(2);
    for (const text of ['a', 'a', 'b', 'b']) statements.nameFor(text);
    expect(statements.size).toBe(2);
    expect(statements.nameFor('c')).toBeNull();
    expect(statements.nameFor('c')).toBeNull();
    expect(statements.size).toBe(2);
    // The named ones keep working.
    expect(statements.nameFor('a')).not.toBeNull();
  });

  it('forgets one-off texts in bulk rather than growing without bound', () => {
    const statements = new BoundedStatements(1);
    statements.nameFor('kept');
    for (let i = 0; i < 20; i++) statements.nameFor(`one-off ${i}`);
    // 'kept' was forgotten with the other one-offs: it needs two uses again.
    expect(statements.nameFor('kept')).toBeNull();
    expect(statements.nameFor('kept')).not.toBeNull();
  });
});
