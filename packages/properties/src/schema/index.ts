// The runtime schema of properties: tables, enums, relations and views only (what drizzle-kit and createDb read).
export { amenities, amenitiesRelations } from './amenities';
export {
  adjustmentTypeEnum,
  amenityCategoryEnum,
  availabilityStatusEnum,
  cancellationPolicyEnum,
  pricingRuleTypeEnum,
  propertyRuleTypeEnum,
  propertyStatusEnum,
  propertyTypeEnum,
} from './enums';
export { properties, propertiesRelations } from './properties';
export { propertyAmenities, propertyAmenitiesRelations } from './property-amenities';
export { propertyAvailability, propertyAvailabilityRelations } from './property-availability';
export { propertyCalendar, propertyCalendarRelations } from './property-calendar';
export { propertyImages, propertyImagesRelations } from './property-images';
export { propertyPricing, propertyPricingRelations } from './property-pricing';
export { propertyRules, propertyRulesRelations } from './property-rules';
export { propertySlugHistory, propertySlugHistoryRelations } from './property-slug-history';
