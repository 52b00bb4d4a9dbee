import { aiAdminRules } from '@touriquest/ai-admin';
import { bookingsRules } from '@touriquest/bookings';
import { contentRules } from '@touriquest/content';
import { coreRules, type RulesTable } from '@touriquest/core';
import { experiencesRules } from '@touriquest/experiences';
import { poiRules } from '@touriquest/poi';
import { propertiesRules } from '@touriquest/properties';
import { reviewsRules } from '@touriquest/reviews';
import { socialRules } from '@touriquest/social';
import { usersRules } from '@touriquest/users';

/**
 * Each package's rules table by domain (the keys of `domains` in ./schema): what a service that uses the
 * whole schema passes to `toRuleError(err, Object.values(allRules))`, and what the rules-tables test checks.
 */
export const allRules = {
  core: coreRules,
  users: usersRules,
  content: contentRules,
  properties: propertiesRules,
  poi: poiRules,
  experiences: experiencesRules,
  bookings: bookingsRules,
  reviews: reviewsRules,
  social: socialRules,
  aiAdmin: aiAdminRules,
} as const satisfies Record<string, RulesTable>;

/** Every rules table, for `toRuleError(err, allRuleTables)`. */
export const allRuleTables: readonly RulesTable[] = Object.values(allRules);
