import { auditHistory, queryRows } from '@touriquest/core';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  makeUsers,
  type TestDb,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  adminAuditLog,
  featureUsage,
  getSetting,
  getSettingValue,
  insertAdminAuditLogEntrySchema,
  insertFeatureUsageSchema,
  insertSystemSettingSchema,
  insertUserPreferenceLearningSchema,
  listSettings,
  REDACTED,
  recordAdminAction,
  recordFeatureUse,
  setSetting,
  systemSettings,
  systemSettingsPublic,
  userPreferenceLearning,
} from '../src';

describeEngines('system settings', (ctx) => {
  it('never returns a secret value from the default helpers or the public view', () =>
    ctx.rollback(async (tx) => {
      await setSetting(tx, {
        key: 'tqtest.payments.api_key',
        value: 'sk_live_123',
        type: 'string',
        isSecret: true,
      });
      await setSetting(tx, { key: 'tqtest.bookings.hold_minutes', value: 15, type: 'number' });
      const secret = await getSetting(tx, 'tqtest.payments.api_key');
      expect(secret).toMatchObject({ value: REDACTED, redacted: true, isSecret: true });
      expect(JSON.stringify(await listSettings(tx, { prefix: 'tqtest' }))).not.toContain('sk_live_123');
      expect((await listSettings(tx, { prefix: 'tqtest.bookings' })).map((s) => [s.key, s.value])).toEqual([
        ['tqtest.bookings.hold_minutes', 15],
      ]);
      expect(await getSettingValue(tx, 'tqtest.bookings.hold_minutes', 30)).toBe(15);
      expect(await getSettingValue(tx, 'tqtest.missing', 30)).toBe(30);
      expect((await getSetting(tx, 'tqtest.payments.api_key', { includeSecrets: true }))!.value).toBe(
        'sk_live_123',
      );
      const viewed = await tx
        .select()
        .from(systemSettingsPublic)
        .where(eq(systemSettingsPublic.key, 'tqtest.payments.api_key'));
      expect(viewed[0]).toMatchObject({ value: null, isSecret: true });
      // Nor does the audit trail keep any setting's value.
      const [row] = await tx
        .select()
        .from(systemSettings)
        .where(eq(systemSettings.key, 'tqtest.payments.api_key'));
      await setSetting(tx, {
        key: 'tqtest.payments.api_key',
        value: 'sk_live_456',
        type: 'string',
        isSecret: true,
      });
      const history = await auditHistory(tx, 'system_settings', row!.id);
      expect(history.map((h) => h.action).sort()).toEqual(['insert', 'update']);
      expect(JSON.stringify(history)).not.toContain('sk_live');
      expect(history.find((h) => h.action === 'update')!.changedFields).toContain('value');
    }));

  it('keeps keys unique and well-formed and values of their declared type', () =>
    ctx.rollback(async (tx) => {
      expect(insertSystemSettingSchema.safeParse({ key: 'Bad Key', value: 1, type: 'number' }).success).toBe(
        false,
      );
      expect(
        insertSystemSettingSchema.safeParse({ key: 'ok.key', value: 'one', type: 'number' }).success,
      ).toBe(false);
      expect(
        insertSystemSettingSchema.safeParse({ key: 'ok.key', value: { a: 1 }, type: 'json' }).success,
      ).toBe(true);
      await expectRule(tx, 'system_settings_key_format_check', (sp) =>
        sp.insert(systemSettings).values({ key: 'Bad Key', value: 1, type: 'number' }),
      );
      await expectRule(tx, 'system_settings_value_type_check', (sp) =>
        sp.insert(systemSettings).values({ key: 'tqtest.x', value: sql`'"one"'::jsonb`, type: 'number' }),
      );
      await tx.insert(systemSettings).values({ key: 'tqtest.y', value: sql`'true'::jsonb`, type: 'boolean' });
      await expectRule(tx, 'system_settings_key_key', (sp) =>
        sp.insert(systemSettings).values({ key: 'tqtest.y', value: sql`'false'::jsonb`, type: 'boolean' }),
      );
    }));
});

describeEngines('admin audit log', (ctx) => {
  it('is append-only: update, delete and truncate are refused', () =>
    ctx.rollback(async (tx) => {
      const [admin, target] = await makeUsers(tx, 2);
      expect(
        insertAdminAuditLogEntrySchema.safeParse({ adminId: admin!.id, action: 'User Suspend' }).success,
      ).toBe(false);
      expect(
        insertAdminAuditLogEntrySchema.safeParse({ adminId: admin!.id, action: 'user.suspend', ip: 'nope' })
          .success,
      ).toBe(false);
      const entry = await recordAdminAction(tx, {
        adminId: admin!.id,
        action: 'user.suspend',
        targetType: 'user',
        targetId: target!.id,
        changes: { status: ['active', 'suspended'] },
        ip: '203.0.113.7',
      });
      expect(entry.ip).toBe('203.0.113.7');
      await expectRule(tx, 'admin_audit_log_append_only', (sp) =>
        sp.update(adminAuditLog).set({ action: 'user.restore' }).where(eq(adminAuditLog.id, entry.id)),
      );
      await expectRule(tx, 'admin_audit_log_append_only', (sp) =>
        sp.delete(adminAuditLog).where(eq(adminAuditLog.id, entry.id)),
      );
      await expectRule(tx, 'admin_audit_log_append_only', (sp) => sp.execute(sql`truncate admin_audit_log`));
      await expectRule(tx, 'admin_audit_log_action_format_check', (sp) =>
        sp.insert(adminAuditLog).values({ adminId: admin!.id, action: 'User Suspend' }),
      );
    }));
});

describeEngines('feature usage and learned preferences', (ctx) => {
  it('counts uses with one atomic upsert per (feature, user), keeping first/last use and the first variant', () =>
    ctx.rollback(async (tx) => {
      const [u, v] = await makeUsers(tx, 2);
      const t = (d: number) => new Date(Date.UTC(2026, 5, d));
      await recordFeatureUse(tx, { featureKey: 'search.map_view', userId: u!.id, variant: 'B', at: t(10) });
      await recordFeatureUse(tx, { featureKey: 'search.map_view', userId: u!.id, variant: 'A', at: t(12) });
      await recordFeatureUse(tx, { featureKey: 'search.map_view', userId: u!.id, at: t(5) }); // late event
      const row = await recordFeatureUse(tx, { featureKey: 'search.map_view', userId: u!.id, at: t(11) });
      expect(row).toMatchObject({ useCount: 4, variant: 'B', firstUsedAt: t(5), lastUsedAt: t(12) });
      await recordFeatureUse(tx, { featureKey: 'search.map_view', userId: v!.id });
      await recordFeatureUse(tx, { featureKey: 'ai.chat', userId: u!.id });
      const rows = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from feature_usage where user_id in (${u!.id}, ${v!.id})`,
      );
      expect(rows[0]!.n).toBe(3);
      await expectRule(tx, 'feature_usage_feature_user_key', (sp) =>
        sp.insert(featureUsage).values({ featureKey: 'ai.chat', userId: u!.id }),
      );
      expect(insertFeatureUsageSchema.safeParse({ featureKey: 'Bad', userId: u!.id }).success).toBe(false);
      expect(
        insertFeatureUsageSchema.safeParse({ featureKey: 'ok', userId: u!.id, variant: 'has space' }).success,
      ).toBe(false);
      await expectRule(tx, 'feature_usage_variant_format_check', (sp) =>
        sp.insert(featureUsage).values({ featureKey: 'ok', userId: u!.id, variant: 'has space' }),
      );
    }));

  it('keeps one weight per (user, feature) with confidence in 0..1', () =>
    ctx.rollback(async (tx) => {
      const [u] = await makeUsers(tx, 1);
      const ok = {
        userId: u!.id,
        feature: 'style.riad',
        weight: 0.8,
        confidence: 0.6,
        source: 'behavior' as const,
      };
      expect(insertUserPreferenceLearningSchema.safeParse({ ...ok, confidence: 1.2 }).success).toBe(false);
      expect(
        insertUserPreferenceLearningSchema.safeParse({ ...ok, weight: Number.POSITIVE_INFINITY }).success,
      ).toBe(false);
      await expectRule(tx, 'user_preference_learning_confidence_check', (sp) =>
        sp.insert(userPreferenceLearning).values({ ...ok, confidence: 1.2 }),
      );
      await expectRule(tx, 'user_preference_learning_weight_check', (sp) =>
        sp.insert(userPreferenceLearning).values({ ...ok, weight: sql`'NaN'::float8` as never }),
      );
      await tx.insert(userPreferenceLearning).values(ok);
      await expectRule(tx, 'user_preference_learning_user_feature_key', (sp) =>
        sp.insert(userPreferenceLearning).values(ok),
      );
    }));
});

describeServer('feature usage under concurrency', () => {
  it('counts 25 simultaneous first uses as one row with use_count 25', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 30 });
    try {
      const db = scratch.db as unknown as TestDb;
      const [u] = await makeUsers(db, 1);
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          recordFeatureUse(db, {
            featureKey: 'ai.chat',
            userId: u!.id,
            at: new Date(Date.UTC(2026, 0, 1, 0, i)),
          }),
        ),
      );
      const rows = await db.select().from(featureUsage).where(eq(featureUsage.userId, u!.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        useCount: 25,
        firstUsedAt: new Date(Date.UTC(2026, 0, 1, 0, 0)),
        lastUsedAt: new Date(Date.UTC(2026, 0, 1, 0, 24)),
      });
    } finally {
      await scratch.drop();
    }
  });
});
