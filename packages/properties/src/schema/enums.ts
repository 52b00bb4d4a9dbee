import { pgEnum } from 'drizzle-orm/pg-core';
import {
  adjustmentTypes,
  amenityCategories,
  availabilityStatuses,
  cancellationPolicies,
  pricingRuleTypes,
  propertyRuleTypes,
  propertyStatuses,
  propertyTypes,
} from '../constants';

export const propertyTypeEnum = pgEnum('property_type', propertyTypes);
export const propertyStatusEnum = pgEnum('property_status', propertyStatuses);
export const cancellationPolicyEnum = pgEnum('cancellation_policy', cancellationPolicies);
export const availabilityStatusEnum = pgEnum('property_availability_status', availabilityStatuses);
export const pricingRuleTypeEnum = pgEnum('pricing_rule_type', pricingRuleTypes);
export const adjustmentTypeEnum = pgEnum('pricing_adjustment_type', adjustmentTypes);
export const propertyRuleTypeEnum = pgEnum('property_rule_type', propertyRuleTypes);
export const amenityCategoryEnum = pgEnum('amenity_category', amenityCategories);
