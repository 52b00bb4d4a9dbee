/**
 * The INSERT … SELECT statements the scale generator runs, one batch of `generate_series(lo, hi)` rows each.
 * Rows are built on the server (no client round trip per row) and go through every trigger and constraint a
 * service's write would: slug and timezone rules, search_index sync, audit, counters, the stay rules and the
 * overlap exclusion. Lookup tables in the scratch schema `bench` (numbered ids) let a batch pick users,
 * properties and POIs by number instead of scanning.
 */
import { benchCities, corpus, sqlArray, syllables } from './corpus';
import type { Volumes } from './volumes';

/** The bench schema: numbered cities, words per locale, and (after their tables load) numbered ids. */
export function setupSql(): string {
  const cityRows = benchCities
    .map(
      (c, i) =>
        `(${i + 1}, '${c.name.replaceAll("'", "''")}', '${c.countryCode}', '${c.currency}', '${c.timezone}', '${c.locale}', ${c.lon}, ${c.lat})`,
    )
    .join(',\n  ');
  const wordRows = Object.entries(corpus)
    .map(([locale, w]) => {
      // summaries[k * 6 + f + 1]: kind k, feature f, with %s for the city (format()).
      const summaries = w.kinds.flatMap((k) => w.features.map((f) => w.summary(k, '%s', f)));
      return `('${locale}', ${sqlArray(w.kinds)}, ${sqlArray(w.adjectives)}, ${sqlArray(summaries)}, ${sqlArray(w.stays)})`;
    })
    .join(',\n  ');
  return `
drop schema if exists bench cascade;
create schema bench;
create table bench.cities (n int primary key, name text, country_code text, currency text, timezone text,
  locale text, lon float8, lat float8);
insert into bench.cities values
  ${cityRows};
create table bench.words (locale text primary key, kinds text[], adjectives text[], summaries text[], stays text[]);
insert into bench.words values
  ${wordRows};
create table bench.syllables (s text[]);
insert into bench.syllables values (${sqlArray(syllables)});
create table bench.users (n int primary key, id uuid not null);
create table bench.hosts (n int primary key, id uuid not null);
create table bench.properties (n int primary key, id uuid not null, price bigint, currency text, host_id uuid);
create table bench.pois (n int primary key, id uuid not null);
create table bench.experiences (n int primary key, id uuid not null, max_participants int);
insert into experience_categories (name, slug) values ('Tours', 'scale-tours') on conflict do nothing;
insert into poi_categories (name, slug)
  select initcap(k), 'scale-' || k from unnest(${sqlArray(corpus.en!.kinds)}) k
  on conflict do nothing;
create table bench.categories as
  select row_number() over (order by slug)::int as n, id from poi_categories where slug like 'scale-%';`;
}

const cityCount = benchCities.length;

/** A proper name of three syllables picked by hashes of g, e.g. "Torvenlo". */
const properName = (salt: number) => `initcap(y.s[1 + abs(hashint8extended(g, ${salt})) % 24]
  || y.s[1 + abs(hashint8extended(g, ${salt + 1})) % 24] || y.s[1 + abs(hashint8extended(g, ${salt + 2})) % 24])`;

/** City, words and syllables for row g; cities are picked by hash, 80 % of places near the centre. */
const placeJoins = `
  cross join lateral (select 1 + abs(hashint8extended(g, 7)) % ${cityCount} as city_n,
                             case when random() < 0.8 then 0.15 else 1.5 end as spread) h
  join bench.cities c on c.n = h.city_n
  join bench.words w on w.locale = c.locale
  cross join bench.syllables y`;

const point = `st_setsrid(st_makepoint(c.lon + (random() - 0.5) * 2 * h.spread, c.lat + (random() - 0.5) * 2 * h.spread), 4326)`;

export function usersSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into users (email, username, first_name, last_name, role, locale, timezone)
select 'scale-u' || g || '@scale.test', 'scale_u' || g, ${properName(1)}, ${properName(4)},
       case when g <= ${hostCount(v)} then 'host' else 'traveler' end::user_role, c.locale, c.timezone
  from generate_series(${lo}, ${hi}) g ${placeJoins}`;
}

/** One user in ten is a host; guests are the others. */
const hostCount = (v: Volumes) => Math.max(1, Math.floor(v.users / 10));

export function poisSql(lo: number, hi: number): string {
  return `
insert into pois (name, slug, summary, category_id, location, city, country_code, status, tags, timezone,
                  default_locale, popularity_score)
select initcap(w.kinds[k.kind]) || ' ' || ${properName(1)}, 'scale-poi-' || g,
       format(w.summaries[(k.kind - 1) * 6 + 1 + (g / 8) % 6], c.name), cat.id, ${point}, c.name, c.country_code,
       case when g % 20 = 0 then 'draft' else 'active' end::poi_status, array[(${sqlArray(corpus.en!.kinds)})[k.kind]],
       c.timezone, c.locale, round((1 / (0.01 + random()))::numeric, 2)
  from generate_series(${lo}, ${hi}) g
  cross join lateral (select 1 + (g % 8)::int as kind) k ${placeJoins}
  join bench.categories cat on cat.n = k.kind`;
}

export function propertiesSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into properties (host_id, type, title, slug, summary, location, city, country_code, max_guests,
                        base_price_minor, currency, status, timezone, default_locale)
select ho.id, (array['apartment', 'villa', 'house', 'guesthouse', 'hotel'])[1 + g % 5]::property_type,
       initcap(w.adjectives[1 + (g / 5) % 6]) || ' ' || w.stays[1 + g % 5] || ' ' || ${properName(1)},
       'scale-prop-' || g, format(w.summaries[1 + g % 48], c.name), ${point}, c.name, c.country_code,
       1 + g % 8, 4000 + abs(hashint8extended(g, 9)) % 46000, c.currency,
       case when g % 100 = 0 then 'draft' else 'active' end::property_status, c.timezone, c.locale
  from generate_series(${lo}, ${hi}) g ${placeJoins}
  join bench.hosts ho on ho.n = 1 + abs(hashint8extended(g, 3)) % ${hostCount(v)}`;
}

export function experiencesSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into experiences (host_id, title, slug, summary, category_id, location, city, country_code, duration_minutes,
                         max_participants, price_minor, currency, languages, status, timezone, default_locale)
select ho.id, initcap(w.adjectives[1 + g % 6]) || ' ' || w.kinds[1 + (g / 6) % 8] || ' tour ' || ${properName(1)},
       'scale-exp-' || g, format(w.summaries[1 + g % 48], c.name),
       (select id from experience_categories where slug = 'scale-tours'), ${point}, c.name, c.country_code,
       60 + 30 * (g % 6)::int, 4 + (g % 20)::int, 1500 + abs(hashint8extended(g, 9)) % 20000, c.currency,
       array[c.locale], 'active', c.timezone, c.locale
  from generate_series(${lo}, ${hi}) g ${placeJoins}
  join bench.hosts ho on ho.n = 1 + abs(hashint8extended(g, 3)) % ${hostCount(v)}`;
}

/** Departure g: experience g mod experiences, every 3–9 days from next week on, some already part booked. */
export function schedulesSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into experience_schedules (experience_id, starts_at, ends_at, capacity, seats_booked)
select e.id, s.starts_at, s.starts_at + interval '2 hours', e.max_participants,
       least(e.max_participants, (g % 7)::int)
  from generate_series(${lo}, ${hi}) g
  join bench.experiences e on e.n = 1 + (g - 1) % ${v.experiences}
  cross join lateral (select date_trunc('hour', now()) + interval '7 days'
                             + ((g - 1) / ${v.experiences}) * interval '6 days' + (g % 72) * interval '1 hour'
                             as starts_at) s`;
}

/** Numbered lookups of what loaded so far (run between phases). */
export const numberUsersSql = `
insert into bench.users select substr(username, 8)::int, id from users where username like 'scale\\_u%' on conflict do nothing;
-- One social profile per user, so follows and posts move real counters.
insert into user_social_profiles (user_id, handle, display_name)
  select id, 'scale_u' || n, 'Scale user ' || n from bench.users order by n on conflict do nothing;
insert into bench.hosts select row_number() over (order by n), id from bench.users
  where n <= (select count(*) / 10 from bench.users) on conflict do nothing;`;

export const numberListingsSql = `
insert into bench.properties
  select row_number() over (order by id), id, base_price_minor, currency, host_id from properties
   where slug like 'scale-prop-%' and status = 'active' on conflict do nothing;
insert into bench.pois select row_number() over (order by id), id from pois where slug like 'scale-poi-%'
  on conflict do nothing;
insert into bench.experiences select row_number() over (order by id), id, max_participants from experiences
 where slug like 'scale-exp-%' on conflict do nothing;`;

/**
 * Booking g: property m = g mod the active properties, slot k = g div them. Slots are 80 days apart and stays
 * are 1–5 nights, so no two overlap; they run from May 2026 to autumn 2027, so "today" has past and upcoming.
 */
export function bookingsSql(lo: number, hi: number, v: Volumes, activeProperties: number): string {
  const guests = v.users - hostCount(v);
  return `
insert into bookings (property_id, guest_id, check_in, check_out, adults, status, confirmed_at, subtotal_minor,
                      total_minor, currency, reference)
select p.id, gu.id, d.check_in, d.check_in + d.nights, 1,
       case when d.check_in + d.nights <= current_date then 'completed' else 'confirmed' end::booking_status,
       (d.check_in - 30)::timestamptz, p.price * d.nights, p.price * d.nights, p.currency,
       'TQ-' || upper(lpad(to_hex(g), 8, '0'))
  from generate_series(${lo}, ${hi}) g
  cross join lateral (select 1 + (g - 1) % ${activeProperties} as m, (g - 1) / ${activeProperties} as k) s
  join bench.properties p on p.n = s.m
  cross join lateral (select date '2026-05-01' + ((s.m * 7) % 50)::int + (s.k * 80)::int as check_in,
                             1 + (g % 5)::int as nights) d
  join bench.users gu on gu.n = ${hostCount(v)} + 1 + abs(hashint8extended(g, 5)) % ${guests}
 -- Each booking locks its property (tq_bookings_check_stay): in id order, two batches queue, never deadlock.
 order by p.id`;
}

/** Skewed towards low user numbers: some users get far more notifications than others, as in life. */
export function notificationsSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into notifications (user_id, type, title, body, read_at, created_at)
select u.id, t.type, t.title, 'Open the app for details.',
       case when random() < 0.8 then at.created_at + interval '1 hour' end, at.created_at
  from generate_series(${lo}, ${hi}) g
  cross join lateral (select (array['booking_confirmed', 'new_follower', 'review_reply', 'price_drop'])[1 + g % 4] as type,
                             (array['Your stay is confirmed', 'You have a new follower', 'Your review got a reply',
                                    'A saved place dropped its price'])[1 + g % 4] as title) t
  cross join lateral (select now() - random() * interval '90 days' as created_at,
                             1 + floor(${v.users} * random() ^ 2)::int as user_n) at
  join bench.users u on u.n = at.user_n`;
}

/** Follower g mod users follows an author picked with a cubic skew (a few authors have most followers). */
export function followsSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into user_follows (follower_id, followee_id)
select a.id, b.id
  from generate_series(${lo}, ${hi}) g
  cross join lateral (select 1 + floor(${v.users} * random() ^ 3)::int as followee_n) r
  join bench.users a on a.n = 1 + (g - 1) % ${v.users}
  join bench.users b on b.n = r.followee_n
 where a.id <> b.id
on conflict do nothing`;
}

/** Popular authors (the same cubic skew as follows) post most: the feed of a follower is never empty. */
export function postsSql(lo: number, hi: number, v: Volumes): string {
  return `
insert into social_posts (author_id, body, place_name, created_at)
select u.id, 'Loved the ' || w.kinds[1 + g % 8] || ' in ' || c.name || ' ' || ${properName(1)}, c.name,
       now() - random() * interval '60 days'
  from generate_series(${lo}, ${hi}) g ${placeJoins}
  cross join lateral (select 1 + floor(${v.users} * random() ^ 3)::int as author_n) r
  join bench.users u on u.n = r.author_n`;
}

/** Half of the reviews on properties, half on POIs; ratings lean positive. */
export function reviewsSql(lo: number, hi: number, v: Volumes, activeProperties: number): string {
  return `
insert into reviews (property_id, poi_id, author_id, rating, body, locale, status)
select case when g % 2 = 0 then p.id end, case when g % 2 = 1 then po.id end, u.id,
       least(5, 2 + floor(random() * 4.5))::smallint, 'A wonderful place, would come back.', 'en', 'published'
  from generate_series(${lo}, ${hi}) g
  join bench.users u on u.n = 1 + abs(hashint8extended(g, 13)) % ${v.users}
  left join bench.properties p on g % 2 = 0 and p.n = 1 + abs(hashint8extended(g, 14)) % ${activeProperties}
  left join bench.pois po on g % 2 = 1 and po.n = 1 + abs(hashint8extended(g, 15)) % ${v.pois}`;
}
