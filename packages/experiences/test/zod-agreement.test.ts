import { makeHost, makeMedia, type TestDb } from '@touriquest/testing';
import { currencyHint, describeZodAgreement, timezoneHint } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  experienceCategories,
  experienceImages,
  experienceRequirements,
  experienceSchedules,
  experienceSlugHistory,
  experiences,
  experienceTranslations,
} from '../src/schema';
import {
  insertExperienceCategorySchema,
  insertExperienceImageSchema,
  insertExperienceRequirementSchema,
  insertExperienceScheduleSchema,
  insertExperienceSchema,
  insertExperienceTranslationSchema,
} from '../src/validation';
import { experienceInput, makeCategory, makeExperience } from './fixtures';

const experienceId = async (tx: TestDb) => (await makeExperience(tx)).id;
const day = 86_400_000;

describeZodAgreement('@touriquest/experiences', schemaExports, [
  {
    table: experiences,
    schema: insertExperienceSchema,
    validRow: async (tx) =>
      experienceInput((await makeHost(tx)).id, {
        categoryId: (await makeCategory(tx)).id,
        timezone: 'Africa/Casablanca',
      }),
    hints: {
      currency: currencyHint,
      timezone: timezoneHint,
      languages: { extra: [['en'], ['EN'], ['english'], Array.from({ length: 31 }, () => 'en')] },
    },
  },
  {
    table: experienceCategories,
    schema: insertExperienceCategorySchema,
    validRow: async () => ({ slug: 'cooking', name: 'Cooking' }),
    hints: { path: { fixed: 'kept by the category tree trigger from parent_id' } },
  },
  {
    table: experienceSchedules,
    schema: insertExperienceScheduleSchema,
    validRow: async (tx) => ({
      experienceId: await experienceId(tx),
      startsAt: new Date(Date.now() + 10 * day),
      endsAt: new Date(Date.now() + 10 * day + 3 * 3_600_000),
      capacity: 8,
    }),
    crossRow: {
      experience_schedules_capacity_max_participants_check:
        "capacity is measured against the experience's max participants",
    },
  },
  {
    table: experienceRequirements,
    schema: insertExperienceRequirementSchema,
    validRow: async (tx) => ({ experienceId: await experienceId(tx), kind: 'min_age', value: '12' }),
    hints: { value: { extra: ['0', '120', '121', '1000', '12a', 'sturdy shoes', '-1'] } },
  },
  {
    table: experienceImages,
    schema: insertExperienceImageSchema,
    validRow: async (tx) => ({ experienceId: await experienceId(tx), mediaId: await makeMedia(tx) }),
  },
  {
    table: experienceTranslations,
    schema: insertExperienceTranslationSchema,
    validRow: async (tx) => ({ experienceId: await experienceId(tx), locale: 'fr', title: 'Tour gourmand' }),
  },
  { table: experienceSlugHistory, exempt: 'written by the slug-change trigger only; no insert schema' },
]);
