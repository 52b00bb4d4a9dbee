// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const propertyTypes = [
  'hotel',
  'apartment',
  'house',
  'villa',
  'riad',
  'guesthouse',
  'hostel',
  'camp',
  'bed_and_breakfast',
  'cabin',
  'other',
] as const;
export const propertyStatuses = ['draft', 'pending_review', 'active', 'suspended', 'archived'] as const;
/** Bookings compute refunds from the policy, so adding a value here means teaching bookings about it. */
export const cancellationPolicies = ['flexible', 'moderate', 'strict', 'non_refundable'] as const;
export const availabilityStatuses = ['available', 'blocked', 'maintenance'] as const;
export const pricingRuleTypes = [
  'weekend',
  'seasonal',
  'length_of_stay',
  'last_minute',
  'early_bird',
  'occupancy',
] as const;
export const adjustmentTypes = ['percent', 'fixed'] as const;
export const propertyRuleTypes = ['smoking', 'pets', 'parties', 'children', 'quiet_hours', 'custom'] as const;
export const amenityCategories = [
  'essentials',
  'kitchen',
  'bathroom',
  'bedroom',
  'entertainment',
  'outdoor',
  'parking',
  'safety',
  'accessibility',
  'family',
  'wellness',
  'services',
  'other',
] as const;

export type PropertyType = (typeof propertyTypes)[number];
export type PropertyStatus = (typeof propertyStatuses)[number];
export type CancellationPolicy = (typeof cancellationPolicies)[number];
export type PricingRuleType = (typeof pricingRuleTypes)[number];
export type AdjustmentType = (typeof adjustmentTypes)[number];
