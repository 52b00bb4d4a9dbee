import { pgErrorOf } from './errors';

/** SQLSTATEs after which PostgreSQL asks the client to run the whole transaction again. */
const retryableStates = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/** A deadlock or serialization failure: the transaction was rolled back and may simply be run again. */
export function isRetryableError(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  return code !== undefined && retryableStates.has(code);
}

/**
 * Run a transaction-shaped `fn` again when PostgreSQL aborted it with a deadlock or a serialization failure
 * (up to `attempts` times in all, with jittered backoff). Only for operations that are safe to repeat: `fn`
 * must do all its writes inside the transaction it opens, so a failed attempt left nothing behind.
 */
export async function withRetryOnConflict<T>(
  fn: () => Promise<T>,
  opts: { attempts?: number; baseDelayMs?: number } = {},
): Promise<T> {
  const attempts = opts.attempts ?? 4;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts || !isRetryableError(err)) throw err;
      await new Promise((r) => setTimeout(r, (opts.baseDelayMs ?? 10) * 2 ** i * (0.5 + Math.random())));
    }
  }
}
