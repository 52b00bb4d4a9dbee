import { audit, id, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, time, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { propertyRuleTypeEnum } from './enums';
import { properties } from './properties';

/** House rules; one of each kind per property, except `custom`, of which a host may write several. */
export const propertyRules = pgTable(
  'property_rules',
  {
    ...id(),
    propertyId: uuid()
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    ruleType: propertyRuleTypeEnum().notNull(),
    allowed: boolean().notNull().default(false),
    description: text(),
    /** quiet_hours only; may wrap midnight (22:00 → 07:00). */
    startTime: time(),
    endTime: time(),
    ...timestamps(),
    ...audit(),
  },
  (t) => [
    uniqueIndex('property_rules_property_id_rule_type_key')
      .on(t.propertyId, t.ruleType)
      .where(sql`${t.ruleType} <> 'custom'`),
    index('property_rules_property_id_idx').on(t.propertyId),
    check(
      'property_rules_quiet_hours_check',
      sql`case when ${t.ruleType} = 'quiet_hours'
          then ${t.startTime} is not null and ${t.endTime} is not null and ${t.startTime} <> ${t.endTime}
          else ${t.startTime} is null and ${t.endTime} is null end`,
    ),
    check(
      'property_rules_custom_description_check',
      sql`${t.ruleType} <> 'custom' or length(${trimmed(t.description)}) > 0`,
    ),
    // Quiet hours may end at 24:00 (midnight at the end of the day) but cannot start then.
    check('property_rules_start_time_check', sql`${t.startTime} < '24:00'`),
    check('property_rules_description_check', sql`length(${t.description}) <= 2000`),
  ],
);

export type PropertyRule = typeof propertyRules.$inferSelect;
export type NewPropertyRule = typeof propertyRules.$inferInsert;

export const propertyRulesRelations = relations(propertyRules, ({ one }) => ({
  property: one(properties, { fields: [propertyRules.propertyId], references: [properties.id] }),
}));
