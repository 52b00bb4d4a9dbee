import { pgEnum } from 'drizzle-orm/pg-core';
import {
  identityProviders,
  socialConnectionStatuses,
  travelStyles,
  unitSystems,
  userRoles,
  userStatuses,
} from '../constants';

export const userStatusEnum = pgEnum('user_status', userStatuses);
export const userRoleEnum = pgEnum('user_role', userRoles);
export const identityProviderEnum = pgEnum('identity_provider', identityProviders);
export const socialConnectionStatusEnum = pgEnum('social_connection_status', socialConnectionStatuses);
export const travelStyleEnum = pgEnum('travel_style', travelStyles);
export const unitSystemEnum = pgEnum('unit_system', unitSystems);
