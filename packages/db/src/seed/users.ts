import { users } from '@touriquest/users';
import { cities } from './cities';
import type { SeedModule } from './context';

export const SEED_EMAIL_DOMAIN = 'seed.touriquest.test';

export const usersSeed: SeedModule = {
  name: 'users',
  needs: ['users'],
  async run(ctx) {
    const n = ctx.counts.users!;
    const roles = ['traveler', 'traveler', 'traveler', 'traveler', 'host', 'guide'] as const;
    const rows = Array.from({ length: n }, (_, i) => {
      const first = ctx.faker.person.firstName();
      const last = ctx.faker.person.lastName();
      const city = cities[i % cities.length]!;
      const username = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9_.]/g, '').slice(0, 22) + `.${i}`;
      return {
        email: `${username}@${SEED_EMAIL_DOMAIN}`,
        username: username.length >= 3 ? username : `user.${i}`,
        firstName: first,
        lastName: last,
        phone: `+${ctx.faker.string.numeric({ length: 1, allowLeadingZeros: false })}${ctx.faker.string.numeric(10)}`,
        status: i % 17 === 0 ? ('pending_verification' as const) : ('active' as const),
        role: i === 0 ? ('admin' as const) : roles[i % roles.length]!,
        emailVerifiedAt: i % 17 === 0 ? null : ctx.faker.date.past({ years: 2, refDate: '2026-01-01' }),
        locale: city.locale,
        timezone: city.timezone,
        metadata: { homeCity: city.slug, seed: true },
      };
    });
    ctx.ids.users = await ctx.insert(users, rows);
  },
};
