import { createHash } from 'node:crypto';
import {
  achievements,
  travelHistory,
  userAchievements,
  userAuth,
  userIdentities,
  userOnboarding,
  userPreferences,
  userProfiles,
  userSessions,
  userSocialConnections,
  users,
} from '@touriquest/users';
import { cities } from './cities';
import type { SeedModule } from './context';

export const SEED_EMAIL_DOMAIN = 'seed.touriquest.test';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const day = (d: Date) => d.toISOString().slice(0, 10);

export const usersSeed: SeedModule = {
  name: 'users',
  needs: ['users'],
  async run(ctx) {
    const f = ctx.faker;
    const n = ctx.counts.users!;
    const roles = ['traveler', 'traveler', 'traveler', 'traveler', 'host', 'guide'] as const;
    const homes = Array.from({ length: n }, (_, i) => cities[i % cities.length]!);
    const rows = homes.map((city, i) => {
      const first = f.person.firstName();
      const last = f.person.lastName();
      const username = `${`${first}.${last}`
        .toLowerCase()
        .replace(/[^a-z0-9_.]/g, '')
        .slice(0, 22)}.${i}`;
      return {
        email: `${username}@${SEED_EMAIL_DOMAIN}`,
        username,
        firstName: first,
        lastName: last,
        phone: `+${f.number.int({ min: 1, max: 9 })}${f.string.numeric(10)}`,
        status: i % 17 === 0 ? ('pending_verification' as const) : ('active' as const),
        role: i === 0 ? ('admin' as const) : roles[i % roles.length]!,
        emailVerifiedAt: i % 17 === 0 ? null : f.date.past({ years: 2, refDate: '2026-01-01' }),
        locale: city.locale,
        timezone: city.timezone,
        metadata: { homeCity: city.slug, seed: true },
      };
    });
    const ids = await ctx.insert(users, rows);
    ctx.ids.users = ids;
    if (!('userProfiles' in ctx.schema)) return;

    const interests = [
      'food',
      'museums',
      'hiking',
      'architecture',
      'nightlife',
      'beaches',
      'photography',
      'markets',
    ];
    await ctx.insert(
      userProfiles,
      ids.map((userId, i) => ({
        userId,
        displayName: `${rows[i]!.firstName} ${rows[i]!.lastName}`,
        bio: f.lorem.sentences(2),
        dateOfBirth: day(f.date.birthdate({ min: 18, max: 80, mode: 'age', refDate: '2026-01-01' })),
        nationality: homes[i]!.countryCode,
        homeLocation: { lon: homes[i]!.lon, lat: homes[i]!.lat },
        homeCity: homes[i]!.name,
        homeCountryCode: homes[i]!.countryCode,
        languages: [...new Set(['en', homes[i]!.locale])],
        interests: f.helpers.arrayElements(interests, { min: 1, max: 4 }),
        travelStyle: f.helpers.arrayElement(['budget', 'comfort', 'luxury', 'backpacker', 'family'] as const),
      })),
      { returnIds: false },
    );
    await ctx.insert(
      userPreferences,
      ids.map((userId, i) => ({
        userId,
        currency: f.helpers.arrayElement(['EUR', 'USD', 'MAD', 'JPY', homes[i]!.currency]),
        language: homes[i]!.locale,
        units: homes[i]!.countryCode === 'US' ? ('imperial' as const) : ('metric' as const),
      })),
      { returnIds: false },
    );
    // Password hashes only (argon2id-shaped); the seed never knows a password.
    await ctx.insert(
      userAuth,
      ids.map((userId) => ({
        userId,
        passwordHash: `$argon2id$v=19$m=65536,t=3,p=4$${f.string.alphanumeric(22)}$${f.string.alphanumeric(43)}`,
      })),
      { returnIds: false },
    );
    await ctx.insert(
      userIdentities,
      ids
        .filter((_, i) => i % 4 === 0)
        .map((userId, i) => ({
          userId,
          provider: f.helpers.arrayElement(['google', 'apple', 'github'] as const),
          providerUserId: `seed-${i}-${f.string.numeric(12)}`,
        })),
      { returnIds: false },
    );
    const now = new Date('2026-01-01T12:00:00Z');
    await ctx.insert(
      userSessions,
      ids.flatMap((userId, i) =>
        Array.from({ length: 1 + (i % 3) }, (_, k) => {
          const createdAt = new Date(now.getTime() - f.number.int({ min: 1, max: 90 }) * 86_400_000);
          return {
            userId,
            refreshTokenHash: sha256(`seed-session-${ctx.seed}-${i}-${k}`),
            ip: `10.${i % 250}.${k}.${1 + (i % 200)}`,
            userAgent: f.internet.userAgent(),
            deviceName: f.helpers.arrayElement(['iPhone', 'Pixel', 'MacBook', 'Windows PC']),
            createdAt,
            lastSeenAt: createdAt,
            expiresAt: new Date(createdAt.getTime() + 30 * 86_400_000),
          };
        }),
      ),
      { returnIds: false },
    );
    // Friendships: unordered pairs (i, i+1) and (i, i+3) are distinct and never with oneself.
    const pairs = ids.flatMap((a, i) =>
      [1, 3]
        .filter((d) => i + d < ids.length)
        .map((d, k) => ({
          requesterId: a,
          addresseeId: ids[i + d]!,
          status: (k === 0 ? 'accepted' : i % 2 ? 'pending' : 'declined') as
            | 'accepted'
            | 'pending'
            | 'declined',
        })),
    );
    await ctx.insert(userSocialConnections, pairs, { returnIds: false });
    const steps = [
      'welcome',
      'profile',
      'interests',
      'preferences',
      'verify_email',
      'first_trip',
      'done',
    ] as const;
    await ctx.insert(
      userOnboarding,
      ids.map((userId, i) => {
        const at = i % steps.length;
        return {
          userId,
          currentStep: steps[at]!,
          completedSteps: [...steps.slice(0, at)],
          completedAt: steps[at] === 'done' ? now : null,
        };
      }),
      { returnIds: false },
    );
    // Past trips to other seed cities; travel_stats follow by trigger.
    await ctx.insert(
      travelHistory,
      ids.flatMap((userId, i) =>
        Array.from({ length: i % 4 }, (_, k) => {
          const c = cities[(i + k + 1) % cities.length]!;
          const from = f.date.past({ years: 3, refDate: '2025-12-01' });
          return {
            userId,
            countryCode: c.countryCode,
            city: c.name,
            placeName: c.landmarks[0]!.name,
            location: { lon: c.lon, lat: c.lat },
            visitedFrom: day(from),
            visitedTo: day(new Date(from.getTime() + f.number.int({ min: 1, max: 14 }) * 86_400_000)),
          };
        }),
      ),
      { returnIds: false },
    );
    const badges = [
      { code: 'first_trip', name: 'First trip', points: 10 },
      { code: 'globetrotter', name: 'Globetrotter: 5 countries', points: 50 },
      { code: 'reviewer', name: 'Helpful reviewer', points: 20 },
      { code: 'early_bird', name: 'Early bird', points: 5 },
    ];
    const badgeIds = await ctx.insert(
      achievements,
      badges.map((b) => ({ ...b, description: b.name, category: 'travel', criteria: { kind: b.code } })),
    );
    await ctx.insert(
      userAchievements,
      ids.flatMap((userId, i) =>
        badgeIds
          .filter((_, k) => (i + k) % 3 === 0)
          .map((achievementId, k) => {
            const progress = (i + k) % 2 ? 100 : 40;
            return { userId, achievementId, progress, awardedAt: progress === 100 ? now : null };
          }),
      ),
      { returnIds: false },
    );
  },
};
