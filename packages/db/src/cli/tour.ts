/**
 * Showcase queries on the seeded data, each printed as a small table. Sections whose domain has not landed
 * say so instead of failing. Anything the tour changes happens in a transaction that is rolled back.
 */
import {
  auditHistory,
  convertMoney,
  type Database,
  queryRows,
  sql,
  toRuleError,
  withActor,
} from '@touriquest/core';
import { TransactionRollbackError } from 'drizzle-orm';
import { allRuleTables } from '../rules';
import { type Schema, schema } from '../schema';
import { cities } from '../seed/cities';
import { heading, table } from './print';

type Out = (line: string) => void;

const has = (...tables: string[]) => tables.every((t) => t in schema);

async function rolledBack(database: Database<Schema>, fn: (tx: Database<Schema>['db']) => Promise<void>) {
  try {
    await database.db.transaction(async (tx) => {
      await fn(tx as never);
      tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError)) throw err;
  }
}

async function nearest(database: Database<Schema>, out: Out) {
  const city = cities.find((c) => c.slug === 'marrakech')!;
  const lm = city.landmarks[0]!;
  const point = sql`st_setsrid(st_makepoint(${lm.lon}, ${lm.lat}), 4326)::geography`;
  if (has('pois')) {
    out(
      heading(`Nearest points of interest to ${lm.name}, ${city.name} (poisNear: KNN on pois_location_idx)`),
    );
    const { poisNear } = await import('@touriquest/poi');
    const hits = await poisNear(database.db, { lon: lm.lon, lat: lm.lat, radiusKm: 5, limit: 5 });
    out(table(hits.map((h) => ({ name: h.name, metres: Math.round(h.distanceM) }))));
    return;
  }
  out(
    heading(
      `Nearest geotagged posts to ${lm.name}, ${city.name} (pois not landed yet: social_posts.location)`,
    ),
  );
  const rows = await queryRows(
    database.db,
    sql`select place_name as place, round(st_distance(location::geography, ${point})::numeric) as metres, left(body, 50) as post
        from social_posts where deleted_at is null and location is not null
        order by location::geography <-> ${point} limit 5`,
  );
  out(table(rows));
}

function nextWeekend(now = new Date()): { friday: string; sunday: string } {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7 || 7));
  const sunday = new Date(d.getTime() + 2 * 86_400_000);
  return { friday: d.toISOString().slice(0, 10), sunday: sunday.toISOString().slice(0, 10) };
}

async function weekend(database: Database<Schema>, out: Out) {
  const { friday, sunday } = nextWeekend();
  out(
    heading(
      `Properties in Lisbon free for the weekend ${friday} → ${sunday}, 2 guests, quoted in two currencies`,
    ),
  );
  if (!has('properties')) {
    out('  (properties not landed yet)');
    return;
  }
  const stay = sql`daterange(${friday}::date, ${sunday}::date)`;
  const free = has('bookings')
    ? sql`and not exists (select 1 from bookings b where b.property_id = p.id and b.status in ('pending', 'confirmed')
            and daterange(b.check_in, b.check_out) && ${stay})`
    : sql``;
  const blocked = has('propertyAvailability')
    ? sql`and not exists (select 1 from property_availability a where a.property_id = p.id and a.status <> 'available' and a.during && ${stay})`
    : sql``;
  const rows = await queryRows<{ id: string; title: string; currency: string; base: number }>(
    database.db,
    sql`select p.id, p.title, p.currency, p.base_price_minor as base from properties p
        where p.status = 'active' and p.deleted_at is null and p.city = 'Lisbon' and p.max_guests >= 2
          and p.min_nights <= 2 ${free} ${blocked}
        order by p.base_price_minor, p.id limit 3`,
  );
  if (!rows.length) return out('  (no free property: run seed first)');
  const { quoteStay } = await import('@touriquest/properties');
  const table_: Record<string, unknown>[] = [];
  for (const p of rows) {
    const q = await quoteStay(database.db, {
      propertyId: p.id,
      checkIn: friday,
      checkOut: sunday,
      guests: 2,
    });
    const row: Record<string, unknown> = {
      property: p.title,
      nights: q.nights,
      [q.currency]: (q.totalMinor / 100).toFixed(2),
    };
    for (const to of ['USD', 'MAD']) {
      const c = await convertMoney(database.db, { amountMinor: q.totalMinor, from: q.currency, to });
      row[to] = c ? (c.amountMinor / 100).toFixed(2) : 'no rate';
    }
    table_.push(row);
  }
  out(table(table_));
  out(
    `  ${has('bookings') ? 'free = no pending/confirmed booking overlaps' : '(bookings not landed: free = no blocked range)'}; rates from exchange_rates`,
  );
}

async function search(database: Database<Schema>, out: Out) {
  if (has('searchIndex')) {
    const { searchListings } = await import('@touriquest/content');
    // One index, many languages: each query stems in its own language (search_index, GIN, ranked).
    for (const [query, locale] of [
      ['mosteiros', 'pt'],
      ['towers', 'en'],
      ['tours', 'fr'],
    ] as const) {
      out(heading(`Multilingual full-text search: "${query}" in ${locale} (search_index, ranked)`));
      const hits = await searchListings(database.db, { query, locale, limit: 4 });
      out(
        table(
          hits.map((h) => ({ kind: h.entityType, title: h.title, city: h.city, rank: h.rank.toFixed(3) })),
        ),
      );
    }
  }
  if (has('properties')) {
    // Titles are English, summaries carry the landmark's local name: one query per language.
    for (const term of ['Mosteiro Jerónimos', '清水寺', 'Ayasofya']) {
      out(heading(`Full-text search over properties: "${term}" (search_vector, GIN, ranked)`));
      const q = sql`websearch_to_tsquery('simple', ${term})`;
      const rows = await queryRows(
        database.db,
        sql`select title, city, round(ts_rank(search_vector, ${q})::numeric, 3) as rank from properties
            where deleted_at is null and status = 'active' and search_vector @@ ${q}
            order by ts_rank(search_vector, ${q}) desc, id limit 3`,
      );
      out(table(rows));
    }
  }
  out(heading('Full-text search: "sunset" ranked (social_posts.search_vector, GIN)'));
  const q = sql`websearch_to_tsquery('simple', 'sunset')`;
  const rows = await queryRows(
    database.db,
    sql`select place_name as place, round(ts_rank(search_vector, ${q})::numeric, 3) as rank, left(body, 60) as post
        from social_posts where deleted_at is null and search_vector @@ ${q}
        order by ts_rank(search_vector, ${q}) desc, id limit 5`,
  );
  out(table(rows));
  out('  Place names in their own language (curated dataset):');
  out(
    table(
      cities
        .slice(0, 6)
        .map((c) => ({ city: c.name, local: c.localName, landmark: c.landmarks[0]!.localName })),
    ),
  );
}

async function refused(database: Database<Schema>, out: Out) {
  if (has('bookings')) {
    out(heading('A double booking, refused by the database (bookings_no_overlap_excl)'));
    const { bookings, quoteAndCreateBooking, BookingError } = await import('@touriquest/bookings');
    await rolledBack(database, async (tx) => {
      const [taken] = await tx
        .select()
        .from(bookings)
        .where(sql`${bookings.status} = 'confirmed'`)
        .orderBy(bookings.checkIn, bookings.id)
        .limit(1);
      if (!taken) return out('  (no confirmed booking: run seed first)');
      const [other] = await queryRows<{ id: string }>(
        tx,
        sql`select id from users where id <> ${taken.guestId} order by id limit 1`,
      );
      out(
        `  ${taken.reference} holds ${taken.checkIn} → ${taken.checkOut}; another guest asks for the same nights:`,
      );
      try {
        await quoteAndCreateBooking(tx, {
          propertyId: taken.propertyId,
          guestId: other!.id,
          checkIn: taken.checkIn,
          checkOut: taken.checkOut,
          adults: 1,
        });
        out('  unexpected: the database accepted an overlapping booking');
      } catch (err) {
        if (!(err instanceof BookingError)) throw err;
        out(`  refused: ${err.code} — rule ${err.rule}: ${err.message}`);
      }
    });
    return;
  }
  out(
    heading(
      'A rule the database enforces (bookings not landed yet: a full travel group refuses a new member)',
    ),
  );
  await rolledBack(database, async (tx) => {
    const [g] = await queryRows<{ id: string; name: string; max_members: number; member_count: number }>(
      tx,
      sql`select id, name, max_members, member_count from travel_groups order by member_count desc, id limit 1`,
    );
    if (!g) return out('  (no travel groups: run seed first)');
    // Fill the group to capacity, then try one more.
    const outsiders = await queryRows<{ id: string }>(
      tx,
      sql`select u.id from users u where not exists (select 1 from travel_group_members m where m.group_id = ${g.id} and m.user_id = u.id)
          order by u.id limit ${g.max_members + 1}`,
    );
    try {
      await tx.transaction(async (sp) => {
        for (const u of outsiders) {
          await sp.execute(
            sql`insert into travel_group_members (group_id, user_id, status) values (${g.id}, ${u.id}, 'joined')`,
          );
        }
      });
      out('  unexpected: the group accepted more members than its capacity');
    } catch (err) {
      const rule = toRuleError(err, allRuleTables);
      out(`  "${g.name}" holds ${g.max_members} people; adding one too many fails with`);
      out(`  rule ${rule?.rule ?? '?'}: ${rule?.message ?? (err as Error).message}`);
    }
  });
}

async function audit(database: Database<Schema>, out: Out) {
  out(heading('The audit trail of a change (withActor → audit_log)'));
  await rolledBack(database, async (tx) => {
    const [admin] = await queryRows<{ id: string }>(
      tx,
      sql`select id from users where role = 'admin' order by id limit 1`,
    );
    const [target] = await queryRows<{ id: string; username: string }>(
      tx,
      sql`select id, username from users where role <> 'admin' order by id limit 1`,
    );
    if (!admin || !target) return out('  (no users: run seed first)');
    await withActor(tx, admin.id, async (a) => {
      await a.execute(
        sql`update users set last_name = 'Renamed', timezone = 'Europe/Paris' where id = ${target.id}`,
      );
      await a.execute(sql`update users set deleted_at = now() where id = ${target.id}`);
      await a.execute(sql`update users set deleted_at = null where id = ${target.id}`);
    });
    const history = await auditHistory(tx, 'users', target.id, 10);
    out(`  user ${target.username}, changed by the admin ${admin.id.slice(0, 8)}…:`);
    out(
      table(
        history.map((h) => ({
          action: h.action,
          changed: (h.changedFields ?? [])
            .filter((f) => !['updated_at', 'updated_by'].includes(f))
            .join(', '),
          actor: h.actorId ? `${h.actorId.slice(0, 8)}…` : '',
        })),
      ),
    );
  });
}

export async function runTour(database: Database<Schema>, out: Out = console.log): Promise<void> {
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from users`,
  );
  out(`TouriQuest tour on ${database.engine} (${database.target}): ${n} users`);
  await nearest(database, out);
  await weekend(database, out);
  await search(database, out);
  await refused(database, out);
  await audit(database, out);
}
