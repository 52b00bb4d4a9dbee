/** A sha256-shaped hex string (64 chars) made of one repeated character. */
export const sha = (c: string) => c.repeat(64).slice(0, 64);
