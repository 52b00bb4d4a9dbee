/**
 * Platform size (issue 12): what the scale benchmark loads. `--fraction 0.01` scales every volume down for a
 * quick trial run; the committed figures come from fraction 1.
 */
const platformVolumes = {
  users: 200_000,
  pois: 1_000_000,
  properties: 200_000,
  /** Five stays per property, spread over a year and a half around "today". */
  bookings: 1_000_000,
  notifications: 2_000_000,
  /** Each user follows ~10 others (skewed: popular authors are followed far more). */
  follows: 2_000_000,
  /** Posts by ~20 % of users: enough that every follower has a feed. */
  posts: 400_000,
  reviews: 400_000,
  experiences: 20_000,
  /** Ten departures per experience over the coming months. */
  schedules: 200_000,
} as const;

export type Volumes = { -readonly [K in keyof typeof platformVolumes]: number };

export function scaledVolumes(fraction: number): Volumes {
  const out = {} as Volumes;
  for (const [k, v] of Object.entries(platformVolumes))
    out[k as keyof Volumes] = Math.max(10, Math.round(v * fraction));
  return out;
}
