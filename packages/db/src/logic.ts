import { aiAdminLogic } from '@touriquest/ai-admin';
import { bookingsLogic } from '@touriquest/bookings';
import { contentLogic } from '@touriquest/content';
import { coreLogic, type DatabaseLogic } from '@touriquest/core';
import { experiencesLogic } from '@touriquest/experiences';
import { poiLogic } from '@touriquest/poi';
import { propertiesLogic } from '@touriquest/properties';
import { reviewsLogic } from '@touriquest/reviews';
import { socialLogic } from '@touriquest/social';
import { usersLogic } from '@touriquest/users';

/** Every package's repeatable database logic, in layer order: a domain's triggers may call core's functions. */
export const allLogic: DatabaseLogic[] = [
  ...coreLogic,
  ...usersLogic,
  ...contentLogic,
  ...propertiesLogic,
  ...poiLogic,
  ...experiencesLogic,
  ...bookingsLogic,
  ...reviewsLogic,
  ...socialLogic,
  ...aiAdminLogic,
];
