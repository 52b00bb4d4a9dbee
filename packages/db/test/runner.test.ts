import '@touriquest/testing';
import { type Database, queryRows, runMigrations, sql } from '@touriquest/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allLogic } from '../src/logic';
import { afterDeploy, migrateDatabase } from '../src/migrate';
import { freshPglite, freshServerDatabase, historyWith } from './helpers';

async function triggerExists(d: Database<any>, table: string, name: string): Promise<boolean> {
  const rows = await queryRows(
    d.db,
    sql`select 1 from pg_trigger where tgrelid = ${table}::regclass and tgname = ${name}`,
  );
  return rows.length === 1;
}

async function functionExists(d: Database<any>, name: string): Promise<boolean> {
  return (await queryRows(d.db, sql`select 1 from pg_proc where proname = ${name}`)).length > 0;
}

function suite(engine: 'pglite' | 'postgres') {
  describe(`repeatable logic and versioned migrations [${engine}]`, () => {
    const cleanup: (() => Promise<void> | void)[] = [];
    afterAll(async () => {
      for (const c of cleanup.reverse()) await c();
    });
    let d: Database<any>;
    const run = async (extra: Record<string, string>, logic = allLogic) => {
      const h = historyWith(extra);
      cleanup.push(h.remove);
      return runMigrations(d, { migrationsFolder: h.folder, logic, afterDeploy, retryDelayMs: 50 });
    };

    it('a migration that touches one table re-applies no logic at all', { timeout: 120_000 }, async () => {
      d = engine === 'pglite' ? await freshPglite() : await freshServerDatabase();
      cleanup.push(() => ('drop' in d ? (d as unknown as { drop(): Promise<void> }).drop() : d.close()));
      await migrateDatabase(d);
      const report = await run({
        '9001_rates_note': 'alter table exchange_rates add column probe_note text;',
      });
      expect(report).toEqual({ applied: ['9001_rates_note.sql'], logicApplied: [], logicDropped: [] });
    });

    it('a migration that drops a trigger gets its logic item back in the same transaction', async () => {
      const report = await run({
        '9001_rates_note': 'alter table exchange_rates add column probe_note text;',
        '9002_drop_outbox_trigger': 'drop trigger bookings_outbox_trg on bookings;',
      });
      expect(report.applied).toEqual(['9002_drop_outbox_trigger.sql']);
      expect(report.logicApplied).toEqual(['bookings/rules']);
      expect(await triggerExists(d, 'bookings', 'bookings_outbox_trg')).toBe(true);
    });

    it('functions and triggers removed from the SQL are dropped from the database', async () => {
      const probe = {
        name: 'core/zz-probe',
        sql: `create or replace function tq_probe_touch() returns trigger language plpgsql as $$
begin
  return new;
end $$;
create or replace trigger exchange_rates_probe_trg before update on exchange_rates
  for each row execute function tq_probe_touch();`,
      };
      const added = await run({}, [...allLogic, probe]);
      expect(added.logicApplied).toEqual(['core/zz-probe']);
      expect(await triggerExists(d, 'exchange_rates', 'exchange_rates_probe_trg')).toBe(true);
      const removed = await run({});
      expect(removed.logicDropped).toEqual([
        'trigger:exchange_rates.exchange_rates_probe_trg',
        'function:tq_probe_touch',
      ]);
      expect(await triggerExists(d, 'exchange_rates', 'exchange_rates_probe_trg')).toBe(false);
      expect(await functionExists(d, 'tq_probe_touch')).toBe(false);
    });

    it('a no-transaction migration builds an index concurrently', async () => {
      const report = await run({
        '9003_rates_index': `-- touriquest:no-transaction
-- Big tables get their indexes without blocking writes.
create index concurrently if not exists exchange_rates_probe_note_idx on exchange_rates (probe_note);`,
      });
      expect(report.applied).toEqual(['9003_rates_index.sql']);
      const [ix] = await queryRows<{ valid: boolean }>(
        d.db,
        sql`select i.indisvalid as valid from pg_index i where i.indexrelid = 'exchange_rates_probe_note_idx'::regclass`,
      );
      expect(ix!.valid).toBe(true);
    });

    if (engine === 'postgres') {
      it('an index a failed concurrent build left INVALID is rebuilt when the migration runs again', async () => {
        await d.db.execute(sql`insert into exchange_rates (base_currency, quote_currency, rate, as_of, probe_note)
          values ('EUR', 'USD', 1.1, '2026-01-01', 'same'), ('EUR', 'JPY', 160, '2026-01-01', 'same')`);
        const file = {
          '9004_rates_unique': `-- touriquest:no-transaction
create unique index concurrently if not exists exchange_rates_probe_note_key on exchange_rates (probe_note);`,
        };
        await expect(run(file)).rejects.toThrow(/9004_rates_unique\.sql.*(duplicate|unique)/i);
        const [left] = await queryRows<{ valid: boolean }>(
          d.db,
          sql`select i.indisvalid as valid from pg_index i where i.indexrelid = 'exchange_rates_probe_note_key'::regclass`,
        );
        expect(left!.valid).toBe(false);
        await d.db.execute(
          sql`update exchange_rates set probe_note = quote_currency where probe_note = 'same'`,
        );
        expect((await run(file)).applied).toEqual(['9004_rates_unique.sql']);
        const [ix] = await queryRows<{ valid: boolean }>(
          d.db,
          sql`select i.indisvalid as valid from pg_index i where i.indexrelid = 'exchange_rates_probe_note_key'::regclass`,
        );
        expect(ix!.valid).toBe(true);
      });
    }
  });
}

suite('pglite');
if (inject('serverUrl')) suite('postgres');
