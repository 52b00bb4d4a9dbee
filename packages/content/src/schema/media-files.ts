import { audit, id, jsonSizeCheck, softDelete, timestamps, timestamptz, trimmed } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations, sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mediaStatusEnum } from './enums';

/** Uploaded files (images, audio, video). Listing image tables reference these rows. */
export const mediaFiles = pgTable(
  'media_files',
  {
    ...id(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    storageKey: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    width: integer(),
    height: integer(),
    durationSeconds: integer(),
    checksumSha256: text(),
    status: mediaStatusEnum().notNull().default('uploading'),
    // Resized/transcoded renditions: { "thumb": { "key": "...", "width": 320 }, ... }
    variants: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    altText: text(),
    uploadedAt: timestamptz(),
    ...timestamps(),
    ...softDelete(),
    ...audit(),
  },
  (t) => [
    jsonSizeCheck('media_files', 'variants', t.variants),
    uniqueIndex('media_files_storage_key_key').on(t.storageKey),
    // An object-store key (S3 allows 1024 bytes): never empty, never with white space around it.
    check(
      'media_files_storage_key_check',
      sql`${t.storageKey} <> '' and ${trimmed(t.storageKey)} = ${t.storageKey} and length(${t.storageKey}) <= 1024`,
    ),
    check('media_files_size_bytes_check', sql`${t.sizeBytes} > 0`),
    check('media_files_mime_type_check', sql`${t.mimeType} ~ '^[a-z]+/[a-z0-9][a-z0-9.+-]*$'`),
    check(
      'media_files_dimensions_check',
      sql`(${t.width} is null or ${t.width} > 0) and (${t.height} is null or ${t.height} > 0)`,
    ),
    check('media_files_duration_check', sql`${t.durationSeconds} is null or ${t.durationSeconds} > 0`),
    check('media_files_checksum_sha256_check', sql`${t.checksumSha256} ~ '^[0-9a-f]{64}$'`),
    check('media_files_variants_object_check', sql`jsonb_typeof(${t.variants}) = 'object'`),
    index('media_files_owner_id_idx').on(t.ownerId).where(sql`${t.deletedAt} is null`),
  ],
);

export type MediaFile = typeof mediaFiles.$inferSelect;
export type NewMediaFile = typeof mediaFiles.$inferInsert;

export const mediaFilesRelations = relations(mediaFiles, ({ one }) => ({
  owner: one(users, { fields: [mediaFiles.ownerId], references: [users.id] }),
}));
