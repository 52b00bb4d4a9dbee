/**
 * The generator's progress: one line rewritten in place on a terminal (overall bar, rows/s, ETA, the table
 * being loaded); on a pipe, a plain line every 10 % so logs stay short.
 */
export class Progress {
  private readonly done_: Record<string, number> = {};
  private readonly total: number;
  private readonly t0 = performance.now();
  private lastDecile = -1;

  constructor(
    private readonly targets: Record<string, number>,
    private readonly log: (s: string) => void,
    private readonly tty = Boolean(process.stdout.isTTY),
  ) {
    this.total = Object.values(targets).reduce((a, b) => a + b, 0);
  }

  add(table: string, rows: number): void {
    this.done_[table] = (this.done_[table] ?? 0) + rows;
    const done = Object.values(this.done_).reduce((a, b) => a + b, 0);
    const secs = (performance.now() - this.t0) / 1000;
    const rate = done / secs;
    const frac = done / this.total;
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const line = `${bar(frac)} ${(frac * 100).toFixed(1).padStart(5)} %  ${fmt(done)}/${fmt(this.total)} rows  ${fmt(
      rate,
    )} rows/s  ${clock(secs)} elapsed, ~${clock(eta)} left  (${table} ${fmt(this.done_[table]!)}/${fmt(
      this.targets[table] ?? 0,
    )})`;
    if (this.tty) process.stdout.write(`\r${line}\x1b[K`);
    else if (Math.floor(frac * 10) > this.lastDecile) {
      this.lastDecile = Math.floor(frac * 10);
      this.log(line);
    }
  }

  done(): void {
    if (this.tty) process.stdout.write('\n');
  }
}

const bar = (frac: number, width = 30) => {
  const full = Math.round(frac * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
