/**
 * Renders the distribution plan into docs/scaling-out.md between its markers (`--write`); a test fails when
 * the doc and src/distribution-plan.ts disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  colocationGroups,
  coordinatorTables,
  distributedTables,
  plannedChanges,
  referenceTables,
  rules,
} from './distribution-plan';

export const distributionPlanDocPath = fileURLToPath(
  new URL('../../../docs/scaling-out.md', import.meta.url),
);
const start = '<!-- distribution-plan:start (rendered from packages/db/src/distribution-plan.ts) -->';
const end = '<!-- distribution-plan:end -->';
const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderDistributionPlan(): string {
  const lines: string[] = [start, '', '#### Distributed tables, by colocation group', ''];
  for (const [name, g] of Object.entries(colocationGroups)) {
    const tables = Object.entries(distributedTables).filter(([, t]) => t.group === name);
    lines.push(`- **${name}** (${g.key}): ${g.why}.`);
    lines.push(
      `  ${tables.map(([t, d]) => `\`${t}\`${d.column === g.key ? '' : ` (${d.column})`}`).join(', ')}`,
    );
  }
  lines.push('', '#### Reference tables (a copy on every worker)', '', '| table | why |', '| --- | --- |');
  for (const [t, why] of Object.entries(referenceTables)) lines.push(`| \`${t}\` | ${cell(why)} |`);
  if (Object.keys(coordinatorTables).length) {
    lines.push('', '#### Coordinator-only tables', '');
    for (const [t, why] of Object.entries(coordinatorTables)) lines.push(`- \`${t}\`: ${why}`);
  }
  lines.push('', '#### Changes before distributing', '');
  for (const [id, text] of Object.entries(rules)) lines.push(`- **${id}** — ${text}.`);
  lines.push('', '| table | constraint / column | why | becomes |', '| --- | --- | --- | --- |');
  for (const c of plannedChanges)
    lines.push(`| \`${c.table}\` | \`${c.object}\` | ${cell(c.why)} | ${cell(c.becomes)} |`);
  lines.push(
    '',
    '#### The SQL that distributes them (on the coordinator, after the changes above)',
    '',
    '```sql',
    citusSql(),
    '```',
    '',
    end,
  );
  return lines.join('\n');
}

/** Reference tables first (distributed tables point at them), then each group with its first table as anchor. */
function citusSql(): string {
  const out = Object.keys(referenceTables).map((t) => `select create_reference_table('${t}');`);
  for (const name of Object.keys(colocationGroups)) {
    const tables = Object.entries(distributedTables).filter(([, t]) => t.group === name);
    const anchor = tables[0]![0];
    for (const [t, d] of tables) {
      const colocate = t === anchor ? `colocate_with => 'none'` : `colocate_with => '${anchor}'`;
      out.push(`select create_distributed_table('${t}', '${d.column}', ${colocate});`);
    }
  }
  return out.join('\n');
}

if (process.argv.includes('--write')) {
  const doc = readFileSync(distributionPlanDocPath, 'utf8');
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`${distributionPlanDocPath} has no distribution-plan markers`);
  writeFileSync(
    distributionPlanDocPath,
    doc.slice(0, a) + renderDistributionPlan() + doc.slice(b + end.length),
  );
  console.log(`wrote the plan into ${distributionPlanDocPath}`);
}
