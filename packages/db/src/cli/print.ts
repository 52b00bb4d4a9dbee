/** Plain text tables and lines for the terminal; no colours so output pastes cleanly into tickets. */
export function table(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return '  (none)';
  const cols = columns ?? Object.keys(rows[0]!);
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
  const widths = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const fmt = (vals: string[]) =>
    `  ${vals.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [
    fmt(cols),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => fmt(cols.map((c) => cell(r[c])))),
  ].join('\n');
}

export function heading(title: string): string {
  return `\n== ${title}`;
}

export function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
