import { iso4217 } from '../currencies-data';
import type { DatabaseLogic } from './types';

const lit = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);

/** Reference data kept in step with `currencies-data.ts`: re-applied whenever the list changes. */
export const currencyLogic: DatabaseLogic = {
  name: 'core/currencies',
  sql: `insert into currencies (code, name, minor_unit, symbol) values
${iso4217.map(([c, n, m, s]) => `  (${lit(c)}, ${lit(n)}, ${m}, ${lit(s)})`).join(',\n')}
on conflict (code) do update set name = excluded.name, minor_unit = excluded.minor_unit, symbol = excluded.symbol;`,
};
