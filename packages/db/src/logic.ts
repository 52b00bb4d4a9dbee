import { aiAdminLogic, aiAdminRenderedSql } from '@touriquest/ai-admin';
import { bookingsLogic, bookingsRenderedSql } from '@touriquest/bookings';
import { contentLogic, contentRenderedSql } from '@touriquest/content';
import { coreLogic, coreRenderedSql, type DatabaseLogic, type RenderedSql } from '@touriquest/core';
import { experiencesLogic, experiencesRenderedSql } from '@touriquest/experiences';
import { poiLogic, poiRenderedSql } from '@touriquest/poi';
import { propertiesLogic, propertiesRenderedSql } from '@touriquest/properties';
import { reviewsLogic, reviewsRenderedSql } from '@touriquest/reviews';
import { socialLogic, socialRenderedSql } from '@touriquest/social';
import { usersLogic, usersRenderedSql } from '@touriquest/users';

/** Every package's repeatable SQL, in layer order: a domain's triggers may call core's functions. */
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

/** The rendered SQL files of each package (package folder name → file name → text), for `pnpm sql:render`. */
export const allRenderedSql: Record<string, RenderedSql> = {
  core: coreRenderedSql,
  users: usersRenderedSql,
  content: contentRenderedSql,
  properties: propertiesRenderedSql,
  poi: poiRenderedSql,
  experiences: experiencesRenderedSql,
  bookings: bookingsRenderedSql,
  reviews: reviewsRenderedSql,
  social: socialRenderedSql,
  'ai-admin': aiAdminRenderedSql,
};
