/** The named rules of each table for the ER pages: CHECKs, exclusion and unique constraints, trigger rules. */
import type { RulesTable } from '@touriquest/core';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { allLogic } from '../logic';
import { allRules } from '../rules';

export type RuleKind = 'check' | 'exclusion' | 'unique' | 'trigger' | 'migration' | 'foreignKey';
export interface TableRule {
  name: string;
  kind: RuleKind;
  message?: string;
}

// A trigger raises its rule as `raise … using constraint = '<name>'`, or, when one function serves many
// tables (append-only), the rule is the trigger's name without `_trg`.
const raisedByTriggers = new Set(
  allLogic.flatMap((l) => [
    ...[...l.sql.matchAll(/constraint\s*=\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!),
    ...[...l.sql.matchAll(/create or replace trigger ([a-z0-9_]+)_trg\b/gi)].map((m) => m[1]!),
  ]),
);
// …and a function shared by many tables raises `constraint = <table> || '<suffix>'`.
const raisedSuffixes = allLogic.flatMap((l) =>
  [...l.sql.matchAll(/constraint\s*=\s*\w+\s*\|\|\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!),
);
const triggerRule = (name: string) =>
  raisedByTriggers.has(name) || raisedSuffixes.some((x) => name.endsWith(x));
const catalog: RulesTable = Object.assign({}, ...Object.values(allRules));

/** The table a rule name belongs to: the longest table name it starts with (`<table>_<rule>_check`). */
function ownerOf(rule: string, tableNames: string[]): string | undefined {
  return tableNames.filter((t) => rule.startsWith(`${t}_`)).sort((a, b) => b.length - a.length)[0];
}

/** table name → its rules, sorted by name; `tables` are every table the names may belong to. */
export function tableRules(tables: PgTable[]): Map<string, TableRule[]> {
  const names = tables.map((t) => getTableConfig(t).name);
  const declared = new Map<string, RuleKind>();
  for (const t of tables) {
    const cfg = getTableConfig(t);
    for (const c of cfg.checks) declared.set(c.name, 'check');
    // Foreign keys are the diagram's lines; their rules need no second mention.
    for (const f of cfg.foreignKeys) declared.set(f.getName(), 'foreignKey');
    for (const u of cfg.uniqueConstraints) {
      const name = u.getName();
      if (name) declared.set(name, 'unique');
    }
    for (const i of cfg.indexes) if (i.config.unique && i.config.name) declared.set(i.config.name, 'unique');
  }
  const byTable = new Map<string, TableRule[]>();
  const add = (name: string, kind: RuleKind) => {
    const owner = ownerOf(name, names);
    if (!owner) return;
    const list = byTable.get(owner) ?? [];
    if (!list.some((r) => r.name === name)) list.push({ name, kind, message: catalog[name]?.message });
    byTable.set(owner, list);
  };
  // Only unique rules with a sentence in a rules table: every other unique index is already a UK in the box.
  for (const [name, kind] of declared)
    if (kind !== 'foreignKey' && (kind !== 'unique' || catalog[name])) add(name, kind);
  for (const name of Object.keys(catalog)) {
    if (declared.has(name)) continue;
    const kind: RuleKind = triggerRule(name)
      ? 'trigger'
      : name.endsWith('_excl')
        ? 'exclusion'
        : name.endsWith('_pkey')
          ? 'unique'
          : name.endsWith('_fk') || name.endsWith('_fkey')
            ? 'foreignKey'
            : // Not raised by a trigger: a CHECK made by SQL (partitioned tables live outside drizzle-kit).
              name.endsWith('_check')
              ? 'check'
              : 'migration';
    if (kind !== 'foreignKey') add(name, kind);
  }
  for (const list of byTable.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return byTable;
}
