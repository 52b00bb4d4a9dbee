import { describeEngines, expectRule } from '@touriquest/testing';
import { expect, it } from 'vitest';
import {
  contentTemplates,
  insertContentTemplateSchema,
  insertMediaFileSchema,
  mediaFiles,
  renderTemplate,
  usesOnlyDeclaredVariables,
} from '../src';
import { makeUser, refusedByBoth, uuid } from './fixtures';

const key = () => `k-${uuid()}`;

describeEngines('media_files', (ctx) => {
  it('stores a file once per storage key with a positive size, a mime type and a sha256 checksum', () =>
    ctx.rollback(async (tx) => {
      const owner = await makeUser(tx);
      const storageKey = key();
      const ok = {
        ownerId: owner.id,
        storageKey,
        mimeType: 'image/jpeg',
        sizeBytes: 2048,
        width: 800,
        height: 600,
      };
      expect(insertMediaFileSchema.parse(ok)).toMatchObject(ok);
      const [row] = await tx.insert(mediaFiles).values(ok).returning();
      expect(row!.status).toBe('uploading');
      expect(row!.createdBy).toBeNull();
      await expectRule(tx, 'media_files_storage_key_key', (sp) => sp.insert(mediaFiles).values(ok));
      const bad = (patch: Record<string, unknown>) => ({ ...ok, storageKey: key(), ...patch });
      const refuse = (patch: Record<string, unknown>, rule: string) =>
        refusedByBoth(tx, insertMediaFileSchema, bad(patch), rule, (sp) =>
          sp.insert(mediaFiles).values(bad(patch) as typeof ok),
        );
      await refuse({ sizeBytes: 0 }, 'media_files_size_bytes_check');
      await refuse({ mimeType: 'jpeg' }, 'media_files_mime_type_check');
      await refuse({ width: 0 }, 'media_files_dimensions_check');
      await refuse({ durationSeconds: -3 }, 'media_files_duration_check');
      await refuse({ checksumSha256: 'abc' }, 'media_files_checksum_sha256_check');
      await expectRule(tx, 'media_files_owner_id_users_id_fk', (sp) =>
        sp.insert(mediaFiles).values({ ...ok, storageKey: key(), ownerId: uuid() }),
      );
    }));
});

describeEngines('content_templates', (ctx) => {
  const base = () => ({
    key: `booking.confirmed.${uuid().slice(0, 8)}`,
    locale: 'fr',
    channel: 'email' as const,
    subject: 'Réservation {{reference}}',
    body: 'Bonjour {{ firstName }}, votre séjour à {{city}} est confirmé.',
    variables: ['firstName', 'city', 'reference'],
  });

  it('keeps one live template per key, locale and channel', () =>
    ctx.rollback(async (tx) => {
      const t = base();
      await tx.insert(contentTemplates).values(t);
      await tx.insert(contentTemplates).values({ ...t, locale: 'en' });
      await tx.insert(contentTemplates).values({ ...t, channel: 'in_app' });
      await expectRule(tx, 'content_templates_key_locale_channel_key', (sp) =>
        sp.insert(contentTemplates).values(t),
      );
    }));

  it('refuses a subject or body that uses an undeclared variable, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      for (const patch of [
        { body: 'Hello {{firstName}} from {{host}}' },
        { subject: 'Booking {{ref}}' },
        { body: 'Hello {{first name}}' },
        { variables: ['firstName', 'city'] },
      ]) {
        const row = { ...base(), ...patch };
        expect(usesOnlyDeclaredVariables(row)).toBe(false);
        await refusedByBoth(
          tx,
          insertContentTemplateSchema,
          row,
          'content_templates_variables_declared_check',
          (sp) => sp.insert(contentTemplates).values(row),
        );
      }
      const noVars = { ...base(), subject: 'Hi', body: 'Plain text, no placeholders.', variables: [] };
      expect(insertContentTemplateSchema.safeParse(noVars).success).toBe(true);
      await tx.insert(contentTemplates).values(noVars);
      const badName = { ...base(), variables: ['firstName', 'city', 'reference', 'Bad-Name'] };
      await refusedByBoth(
        tx,
        insertContentTemplateSchema,
        badName,
        'content_templates_variables_check',
        (sp) => sp.insert(contentTemplates).values(badName),
      );
      const noSubject = { ...base(), subject: null };
      await refusedByBoth(
        tx,
        insertContentTemplateSchema,
        noSubject,
        'content_templates_subject_check',
        (sp) => sp.insert(contentTemplates).values(noSubject),
      );
      const smsNoSubject = { ...base(), channel: 'sms' as const, subject: null, body: 'Code {{reference}}' };
      expect(insertContentTemplateSchema.safeParse(smsNoSubject).success).toBe(true);
      await tx.insert(contentTemplates).values(smsNoSubject);
    }));

  it('renders declared variables and refuses to leave one empty', () => {
    expect(renderTemplate('Bonjour {{ firstName }} à {{city}}', { firstName: 'Amal', city: 'Fès' })).toBe(
      'Bonjour Amal à Fès',
    );
    expect(() => renderTemplate('Bonjour {{firstName}}', {})).toThrow(/firstName/);
  });
});
