import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { properties } from './properties';
import { propertyAvailability } from './property-availability';

export const propertiesRelations = relations(properties, ({ one, many }) => ({
  host: one(users, { fields: [properties.hostId], references: [users.id] }),
  availability: many(propertyAvailability),
}));

export const propertyAvailabilityRelations = relations(propertyAvailability, ({ one }) => ({
  property: one(properties, { fields: [propertyAvailability.propertyId], references: [properties.id] }),
}));
