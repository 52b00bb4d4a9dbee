import { describe, expect, it } from 'vitest';
import { duplicateNames, isSchemaObject } from '../src/faces';

describe('the public-faces check', () => {
  it('reports a runtime name exported by two packages, not one exported twice by the same package', () => {
    const faces = {
      '@touriquest/a': { '.': ['users', 'slugSchema'], './schema': ['users'] },
      '@touriquest/b': { '.': ['slugSchema', 'pois'] },
    };
    expect(duplicateNames(faces)).toEqual([
      { name: 'slugSchema', packages: ['@touriquest/a', '@touriquest/b'] },
    ]);
  });

  it('knows a schema object from anything else', () => {
    class PgTable {}
    Object.assign(PgTable, { [Symbol.for('drizzle:entityKind')]: 'PgTable' });
    class Sub extends PgTable {}
    const anEnum = Object.assign(() => {}, { enumName: 'x', enumValues: ['a'] });
    expect([new PgTable(), new Sub(), anEnum].map(isSchemaObject)).toEqual([true, true, true]);
    expect([() => ({}), { columns: 1 }, 'users', null, ['a']].map(isSchemaObject)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
