import { describeEngines, expectRule } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { mediaKindSql, queryOne } from '../src';

// The generator on a probe table of its own (media_files is content's; the test database has every domain).
describeEngines('mediaKindSql', (ctx) => {
  it('lets a slot hold only media files of its kinds', () =>
    ctx.rollback(async (tx) => {
      await tx.execute(sql`create table tq_probe_slots (id serial primary key, media_id uuid)`);
      // One statement per execute (the extended protocol): the function, then the trigger.
      const logic = mediaKindSql({ table: 'tq_probe_slots', column: 'media_id', kinds: ['image', 'video'] });
      for (const statement of logic.split(/\n(?=create or replace trigger)/))
        await tx.execute(sql.raw(statement));
      const file = async (mime: string) => {
        const key = `probe/${crypto.randomUUID()}`;
        const row = await queryOne<{ id: string }>(
          tx,
          sql`insert into media_files (storage_key, mime_type, size_bytes, status)
              values (${key}, ${mime}, 1000, 'ready') returning id`,
        );
        return row!.id;
      };
      const photo = await file('image/webp');
      const clip = await file('video/mp4');
      const song = await file('audio/mpeg');
      await tx.execute(sql`insert into tq_probe_slots (media_id) values (${photo}), (${clip}), (null)`);
      const err = await expectRule(tx, 'tq_probe_slots_media_kind_check', (sp) =>
        sp.execute(sql`insert into tq_probe_slots (media_id) values (${song})`),
      );
      expect(err.message).toMatch(/audio\/mpeg/);
      await expectRule(tx, 'tq_probe_slots_media_kind_check', (sp) =>
        sp.execute(sql`update tq_probe_slots set media_id = ${song} where media_id = ${photo}`),
      );
    }));
});
