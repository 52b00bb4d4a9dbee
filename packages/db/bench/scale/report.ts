/**
 * The scale benchmark's outputs: the markdown table (committed beside the JSON and shown in the README) and
 * an SVG chart — one row per access path, p50 and p95 on a log axis, the goal as a red tick, and what the
 * same query costs without its index as a grey dot.
 */
import type { LoadReport } from './load';
import type { PathResult } from './measure';
import type { WriteCosts } from './writes';

export interface ScaleResults {
  date: string;
  server: string;
  settings: Record<string, string>;
  fraction: number;
  load: LoadReport | null;
  rows: Record<string, number>;
  paths: PathResult[];
  /** null when only some paths were measured */
  writes: WriteCosts | null;
}

const f = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0);

export function markdown(r: ScaleResults): string {
  const rows = Object.entries(r.rows)
    .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const lines = [
    `Measured ${r.date.slice(0, 10)} on PostgreSQL ${r.server} (${Object.entries(r.settings)
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}), this 2-core machine, at ${r.fraction === 1 ? 'platform size' : `${r.fraction} × platform size`}: ${rows}.`,
    r.load
      ? `Loaded through every trigger (by the run that filled this database) in ${Math.floor(r.load.seconds / 60)} min ${r.load.seconds % 60} s (${r.load.rowsPerSecond.toLocaleString('en-US')} rows/s of listed tables).`
      : 'Loaded earlier (reused).',
    '',
    '| # | access path | helper p50 ms | p95 ms | goal | raw SQL p50 | helper ÷ raw | without its index p50 | × | plan uses |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.paths.map(
      (p) =>
        `| ${p.spec || '—'} | ${p.name} | ${f(p.helper.p50)} | ${f(p.helper.p95)} | ${
          p.goal ? `${p.goal.on} ≤ ${p.goal.ms} ${p.goal.met ? '✅' : '❌'}` : ''
        } | ${f(p.raw.p50)} | ${p.helperOverRaw.toFixed(2)} | ${f(p.withoutIndexP50)} | ${
          p.withoutIndexOverWith === null ? '—' : `${p.withoutIndexOverWith}×`
        } | ${p.planIndexes.join(', ') || 'no index'}${p.usesItsIndexes ? '' : ' ⚠️'} |`,
    ),
    '',
    r.writes
      ? `Writes (${r.writes.rows.toLocaleString('en-US')} rows, median of 5): audited ÷ plain insert ${r.writes.auditedInsertOverPlain}, update ${r.writes.auditedUpdateOverPlain}; booking insert with every rule ÷ triggers off ${r.writes.bookingInsertOverNoTriggers}, ÷ a bare table ${r.writes.bookingInsertOverBareTable}.`
      : 'Writes: not measured in this run.',
  ];
  return `${lines.join('\n')}\n`;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function svgChart(r: ScaleResults): string {
  const rowH = 34;
  const left = 450;
  const width = 1100;
  const plotW = width - left - 40;
  const top = 56;
  const height = top + r.paths.length * rowH + 50;
  const lo = Math.log10(0.05);
  const hi = Math.log10(Math.max(1000, ...r.paths.map((p) => p.withoutIndexP50 ?? 0)));
  const x = (ms: number) => left + ((Math.log10(Math.max(ms, 0.05)) - lo) / (hi - lo)) * plotW;
  const ticks = [0.1, 1, 10, 100, 1000, 10000, 100000].filter((t) => Math.log10(t) <= hi);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>TouriQuest access paths: p50 and p95 per path against its goal</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="16" y="24" font-size="16" font-weight="600">TouriQuest access paths at ${r.fraction === 1 ? 'platform size' : `${r.fraction} × platform size`} — ${esc(r.date.slice(0, 10))}, PostgreSQL ${esc(r.server.split(' ')[0]!)}</text>`,
    `<text x="16" y="42" fill="#555">helper p50 (dark) and p95 (light), ms, log scale · red tick: goal · grey dot: same SQL without its index</text>`,
  ];
  for (const t of ticks)
    out.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 6}" y2="${height - 40}" stroke="#eee"/>`,
      `<text x="${x(t)}" y="${height - 24}" text-anchor="middle" fill="#555">${t >= 1000 ? `${t / 1000} s` : `${t} ms`}</text>`,
    );
  r.paths.forEach((p, i) => {
    const y = top + i * rowH;
    const met = p.goal ? p.goal.met : true;
    out.push(
      `<text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(p.spec ? `${p.spec}. ${p.name}` : p.name)}</text>`,
      `<rect x="${left}" y="${y + 6}" width="${x(p.helper.p95) - left}" height="16" fill="${met ? '#9ecae1' : '#fcbba1'}"/>`,
      `<rect x="${left}" y="${y + 6}" width="${x(p.helper.p50) - left}" height="16" fill="${met ? '#3182bd' : '#de2d26'}"/>`,
      `<text x="${x(p.helper.p95) + 4}" y="${y + 18}" fill="#333">${f(p.helper.p50)} / ${f(p.helper.p95)} ms</text>`,
    );
    if (p.goal)
      out.push(
        `<line x1="${x(p.goal.ms)}" x2="${x(p.goal.ms)}" y1="${y + 2}" y2="${y + 26}" stroke="#c00" stroke-width="2"/>`,
      );
    if (p.withoutIndexP50 !== null)
      out.push(
        `<circle cx="${x(p.withoutIndexP50)}" cy="${y + 14}" r="5" fill="#888"><title>${f(p.withoutIndexP50)} ms without its index</title></circle>`,
      );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
