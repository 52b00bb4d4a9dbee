import { mediaFiles } from '@touriquest/content/schema';
import { audit, id, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pois } from './pois';

/** One narrated guide per POI and language. */
export const poiAudioGuides = pgTable(
  'poi_audio_guides',
  {
    ...id(),
    poiId: uuid()
      .notNull()
      .references(() => pois.id, { onDelete: 'cascade' }),
    locale: text().notNull(),
    title: text().notNull(),
    mediaId: uuid()
      .notNull()
      .references(() => mediaFiles.id, { onDelete: 'restrict' }),
    durationSeconds: integer().notNull(),
    narrator: text(),
    transcript: text(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('poi_audio_guides_poi_id_locale_key').on(t.poiId, t.locale),
    index('poi_audio_guides_media_id_idx').on(t.mediaId),
    check('poi_audio_guides_duration_seconds_check', sql`${t.durationSeconds} > 0`),
    check('poi_audio_guides_title_check', sql`length(${trimmed(t.title)}) between 1 and 200`),
    check(
      'poi_audio_guides_locale_check',
      sql`${t.locale} ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'`,
    ),
  ],
);

export type PoiAudioGuide = typeof poiAudioGuides.$inferSelect;
export type NewPoiAudioGuide = typeof poiAudioGuides.$inferInsert;

export const poiAudioGuidesRelations = relations(poiAudioGuides, ({ one }) => ({
  poi: one(pois, { fields: [poiAudioGuides.poiId], references: [pois.id] }),
  media: one(mediaFiles, { fields: [poiAudioGuides.mediaId], references: [mediaFiles.id] }),
}));
