/**
 * Exact decimal arithmetic for prices: value = n / 10^scale. Every input (minor units, numeric(12,4)
 * percentages, numeric(6,3) multipliers) is a finite decimal and we only add and multiply, so a quote is
 * exact until the single rounding step; floating point would drift by a cent on some nights.
 */
export class Dec {
  private constructor(
    readonly n: bigint,
    readonly scale: number,
  ) {}

  static of(v: string | number | bigint): Dec {
    if (typeof v === 'bigint') return new Dec(v, 0);
    const s = typeof v === 'number' ? String(v) : v.trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) throw new TypeError(`not a decimal: ${s}`);
    const frac = m[3] ?? '';
    const n = BigInt(`${m[2]}${frac}`) * (m[1] === '-' ? -1n : 1n);
    return new Dec(n, frac.length);
  }

  private static align(a: Dec, b: Dec): [bigint, bigint, number] {
    const scale = Math.max(a.scale, b.scale);
    return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale), scale];
  }

  add(o: Dec): Dec {
    const [x, y, scale] = Dec.align(this, o);
    return new Dec(x + y, scale).trim();
  }

  mul(o: Dec): Dec {
    return new Dec(this.n * o.n, this.scale + o.scale).trim();
  }

  /** this × (100 + pct) / 100 */
  applyPercent(pct: Dec): Dec {
    return this.mul(Dec.of(100n).add(pct)).mul(new Dec(1n, 2));
  }

  isNegative(): boolean {
    return this.n < 0n;
  }

  /** Half-up to a whole minor unit (ties go up: 12.5 → 13). Only called on non-negative amounts. */
  roundHalfUp(): bigint {
    if (this.scale === 0) return this.n;
    const d = 10n ** BigInt(this.scale);
    const q = this.n / d;
    const r = this.n % d;
    if (this.n >= 0n) return 2n * r >= d ? q + 1n : q;
    return -2n * r > d ? q - 1n : q;
  }

  private trim(): Dec {
    let { n, scale } = this;
    while (scale > 0 && n % 10n === 0n) {
      n /= 10n;
      scale -= 1;
    }
    return new Dec(n, scale);
  }

  toString(): string {
    if (this.scale === 0) return this.n.toString();
    const neg = this.n < 0n;
    const digits = (neg ? -this.n : this.n).toString().padStart(this.scale + 1, '0');
    const head = digits.slice(0, digits.length - this.scale);
    return `${neg ? '-' : ''}${head}.${digits.slice(digits.length - this.scale)}`;
  }
}
