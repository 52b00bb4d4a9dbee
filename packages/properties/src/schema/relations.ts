import { mediaFiles } from '@touriquest/content/schema';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { amenities } from './amenities';
import { properties } from './properties';
import { propertyAmenities } from './property-amenities';
import { propertyAvailability } from './property-availability';
import { propertyCalendar } from './property-calendar';
import { propertyImages } from './property-images';
import { propertyPricing } from './property-pricing';
import { propertyRules } from './property-rules';
import { propertySlugHistory } from './property-slug-history';

export const propertiesRelations = relations(properties, ({ one, many }) => ({
  host: one(users, { fields: [properties.hostId], references: [users.id] }),
  availability: many(propertyAvailability),
  amenities: many(propertyAmenities),
  pricing: many(propertyPricing),
  calendar: many(propertyCalendar),
  rules: many(propertyRules),
  images: many(propertyImages),
  slugHistory: many(propertySlugHistory),
}));

export const propertyAvailabilityRelations = relations(propertyAvailability, ({ one }) => ({
  property: one(properties, { fields: [propertyAvailability.propertyId], references: [properties.id] }),
}));

export const amenitiesRelations = relations(amenities, ({ many }) => ({
  properties: many(propertyAmenities),
}));

export const propertyAmenitiesRelations = relations(propertyAmenities, ({ one }) => ({
  property: one(properties, { fields: [propertyAmenities.propertyId], references: [properties.id] }),
  amenity: one(amenities, { fields: [propertyAmenities.amenityId], references: [amenities.id] }),
}));

export const propertyPricingRelations = relations(propertyPricing, ({ one }) => ({
  property: one(properties, { fields: [propertyPricing.propertyId], references: [properties.id] }),
}));

export const propertyCalendarRelations = relations(propertyCalendar, ({ one }) => ({
  property: one(properties, { fields: [propertyCalendar.propertyId], references: [properties.id] }),
}));

export const propertyRulesRelations = relations(propertyRules, ({ one }) => ({
  property: one(properties, { fields: [propertyRules.propertyId], references: [properties.id] }),
}));

export const propertySlugHistoryRelations = relations(propertySlugHistory, ({ one }) => ({
  property: one(properties, { fields: [propertySlugHistory.propertyId], references: [properties.id] }),
}));

export const propertyImagesRelations = relations(propertyImages, ({ one }) => ({
  property: one(properties, { fields: [propertyImages.propertyId], references: [properties.id] }),
  media: one(mediaFiles, { fields: [propertyImages.mediaId], references: [mediaFiles.id] }),
}));
