// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  type AdjustmentType,
  adjustmentTypes,
  amenityCategories,
  availabilityStatuses,
  type CancellationPolicy,
  cancellationPolicies,
  type PricingRuleType,
  type PropertyStatus,
  type PropertyType,
  pricingRuleTypes,
  propertyRuleTypes,
  propertyStatuses,
  propertyTypes,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { propertiesLogic, propertiesRenderedSql } from './logic';
// Queries: by id
export { findPropertyById } from './queries/by-id';
// Queries: images
export { listPropertyImages, setCoverImage } from './queries/images';
// Queries: pricing
export {
  type PriceStayInput,
  priceStay,
  type QuoteAdjustment,
  QuoteError,
  type QuoteErrorCode,
  type QuoteInput,
  type QuoteNight,
  quoteStay,
  type StayQuote,
  todayIn,
} from './queries/pricing';
// Queries: search
export { type PropertySearchHit, searchProperties, searchPropertiesQuery } from './queries/search';
// Queries: slugs
export { findPropertyBySlug, type SlugLookup } from './queries/slugs';
// Every rule this package raises: its error code and the sentence a service shows
export { propertiesRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/properties/schema`)
export { type Amenity, amenities, amenitiesRelations, type NewAmenity } from './schema/amenities';
export {
  adjustmentTypeEnum,
  amenityCategoryEnum,
  availabilityStatusEnum,
  cancellationPolicyEnum,
  pricingRuleTypeEnum,
  propertyRuleTypeEnum,
  propertyStatusEnum,
  propertyTypeEnum,
} from './schema/enums';
export { type NewProperty, type Property, properties, propertiesRelations } from './schema/properties';
export {
  type NewPropertyAmenity,
  type PropertyAmenity,
  propertyAmenities,
  propertyAmenitiesRelations,
} from './schema/property-amenities';
export {
  type NewPropertyAvailability,
  type PropertyAvailability,
  propertyAvailability,
  propertyAvailabilityRelations,
} from './schema/property-availability';
export {
  type NewPropertyCalendarDay,
  type PropertyCalendarDay,
  propertyCalendar,
  propertyCalendarRelations,
} from './schema/property-calendar';
export {
  type NewPropertyImage,
  type PropertyImage,
  propertyImages,
  propertyImagesRelations,
} from './schema/property-images';
export {
  type NewPropertyPricing,
  type PropertyPricing,
  propertyPricing,
  propertyPricingRelations,
} from './schema/property-pricing';
export {
  type NewPropertyRule,
  type PropertyRule,
  propertyRules,
  propertyRulesRelations,
} from './schema/property-rules';
export {
  type PropertySlugHistory,
  propertySlugHistory,
  propertySlugHistoryRelations,
} from './schema/property-slug-history';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertAmenitySchema,
  insertPropertyAmenitySchema,
  insertPropertyAvailabilitySchema,
  insertPropertyCalendarSchema,
  insertPropertyImageSchema,
  insertPropertyPricingSchema,
  insertPropertyRuleSchema,
  insertPropertySchema,
  type PropertySearch,
  propertyIdSchema,
  propertySearchSchema,
  selectAmenitySchema,
  selectPropertyAmenitySchema,
  selectPropertyAvailabilitySchema,
  selectPropertyCalendarSchema,
  selectPropertyImageSchema,
  selectPropertyPricingSchema,
  selectPropertyRuleSchema,
  selectPropertySchema,
  updateAmenitySchema,
  updatePropertyAmenitySchema,
  updatePropertyAvailabilitySchema,
  updatePropertyCalendarSchema,
  updatePropertyImageSchema,
  updatePropertyPricingSchema,
  updatePropertyRuleSchema,
  updatePropertySchema,
} from './validation';
