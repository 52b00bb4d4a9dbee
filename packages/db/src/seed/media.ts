import { createHash } from 'node:crypto';
import { mediaFiles } from '@touriquest/content';
import type { SeedContext } from './context';

/** One file to seed; `kind` decides its mime type, dimensions and size. */
export interface SeedFile {
  /** Unique across all seeded files (media_files_storage_key_key): seed/<domain>/<listing slug>/<name>. */
  key: string;
  kind: 'photo' | 'audio' | 'scene';
  ownerId?: string | null;
  altText?: string;
  /** Audio only: the length a player shows (the guide row repeats it). */
  durationSeconds?: number;
}

// The seeded world's "now" is 2026-01-01 (see core.ts): files went up over the last quarter of 2025.
const uploadsFrom = Date.UTC(2025, 9, 1);

/**
 * Insert finished uploads (status ready, sha256 checksum, upload time) and return their ids in order. The
 * checksum hashes the storage key rather than a generated id, so it is the same on every run.
 */
export function insertMediaFiles(ctx: SeedContext, files: SeedFile[]): Promise<string[]> {
  const f = ctx.faker;
  return ctx.insert(
    mediaFiles,
    files.map((file, i) => {
      const common = {
        ownerId: file.ownerId ?? null,
        storageKey: file.key,
        checksumSha256: createHash('sha256').update(file.key).digest('hex'),
        status: 'ready' as const,
        altText: file.altText,
        // Spread over 90 days, during office hours (09:00-18:00 UTC).
        uploadedAt: new Date(uploadsFrom + (i % 90) * 86_400_000 + (540 + ((i * 37) % 540)) * 60_000),
      };
      if (file.kind === 'photo') {
        // A 3:2 landscape JPEG with the thumbnail the upload pipeline makes.
        const thumb = file.key.replace(/\.jpg$/, '.thumb.jpg');
        return {
          ...common,
          mimeType: 'image/jpeg',
          sizeBytes: f.number.int({ min: 80_000, max: 2_000_000 }),
          width: 1600,
          height: 1067,
          variants: { thumb: { key: thumb, width: 320, height: 213 } },
        };
      }
      if (file.kind === 'audio') {
        const seconds = file.durationSeconds ?? 300;
        // 128 kbit/s MP3: 16 000 bytes a second.
        return { ...common, mimeType: 'audio/mpeg', sizeBytes: seconds * 16_000, durationSeconds: seconds };
      }
      // An AR scene: a binary glTF model.
      return {
        ...common,
        mimeType: 'model/gltf-binary',
        sizeBytes: f.number.int({ min: 2_000_000, max: 40_000_000 }),
      };
    }),
  );
}
