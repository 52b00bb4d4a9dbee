import { audit, id, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, smallint, text, time, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/**
 * Weekly hours (`day_of_week`, 0 = Sunday, optionally bounded by valid_from/valid_to) or a special date's
 * hours (`special_date`), in the POI's local wall-clock time. `closes_at < opens_at` means the session ends
 * the next day (`overnight`, generated so readers never re-derive it). Several rows per day = split hours;
 * an `is_closed` row closes the whole day. See tq_poi_is_open for how rows combine.
 */
export const poiOpeningHours = pgTable(
  'poi_opening_hours',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    dayOfWeek: smallint(),
    specialDate: date(),
    opensAt: time(),
    closesAt: time(),
    overnight: boolean().generatedAlwaysAs(sql`closes_at < opens_at`),
    validFrom: date(),
    validTo: date(),
    isClosed: boolean().notNull().default(false),
    note: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    index('poi_opening_hours_poi_id_day_of_week_idx').on(t.poiId, t.dayOfWeek),
    index('poi_opening_hours_poi_id_special_date_idx').on(t.poiId, t.specialDate),
    check('poi_opening_hours_day_of_week_check', sql`${t.dayOfWeek} between 0 and 6`),
    check('poi_opening_hours_day_or_date_check', sql`(${t.dayOfWeek} is null) <> (${t.specialDate} is null)`),
    check(
      'poi_opening_hours_times_check',
      sql`case when ${t.isClosed} then ${t.opensAt} is null and ${t.closesAt} is null
          else ${t.opensAt} is not null and ${t.closesAt} is not null and ${t.opensAt} <> ${t.closesAt} end`,
    ),
    // A place can close at 24:00 (midnight at the end of the day) but nothing opens at 24:00: that is 00:00.
    check('poi_opening_hours_opens_at_check', sql`${t.opensAt} < '24:00'`),
    check('poi_opening_hours_validity_check', sql`${t.validTo} >= ${t.validFrom}`),
    check(
      'poi_opening_hours_special_validity_check',
      sql`${t.specialDate} is null or (${t.validFrom} is null and ${t.validTo} is null)`,
    ),
  ],
);

export type PoiOpeningHours = typeof poiOpeningHours.$inferSelect;
export type NewPoiOpeningHours = typeof poiOpeningHours.$inferInsert;

export const poiOpeningHoursRelations = relations(poiOpeningHours, ({ one }) => ({
  poi: one(pois, { fields: [poiOpeningHours.poiId], references: [pois.id] }),
}));
