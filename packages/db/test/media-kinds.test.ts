import { queryRows, sql } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { expect, it } from 'vitest';

// Structural guard: a table added later with a media_files reference must say which kinds it takes.
describeEngines('media slots', (ctx) => {
  it('every column referencing media_files has its kind checked by a trigger', async () => {
    const refs = await queryRows<{ tbl: string; col: string; trg: string | null }>(
      ctx.db,
      sql`select c.conrelid::regclass::text as tbl, a.attname as col,
                 (select t.tgname from pg_trigger t where t.tgrelid = c.conrelid
                   and t.tgname = c.conrelid::regclass::text || '_media_kind_trg') as trg
            from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
           where c.contype = 'f' and c.confrelid = 'media_files'::regclass
           order by 1`,
    );
    expect(refs.map((r) => r.tbl)).toEqual([
      'experience_images',
      'poi_ar_experiences',
      'poi_audio_guides',
      'poi_images',
      'property_images',
      'review_images',
    ]);
    expect(refs.filter((r) => r.trg === null)).toEqual([]);
  });
});
