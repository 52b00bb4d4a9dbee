/** The whole TouriQuest schema in one object, for `createDb({ schema })` and relational queries. */
import * as aiAdmin from '@touriquest/ai-admin/schema';
import * as bookings from '@touriquest/bookings/schema';
import * as content from '@touriquest/content/schema';
import * as core from '@touriquest/core/schema';
import * as experiences from '@touriquest/experiences/schema';
import * as poi from '@touriquest/poi/schema';
import * as properties from '@touriquest/properties/schema';
import * as reviews from '@touriquest/reviews/schema';
import * as social from '@touriquest/social/schema';
import * as users from '@touriquest/users/schema';

export const schema = {
  ...core,
  ...users,
  ...content,
  ...properties,
  ...poi,
  ...experiences,
  ...bookings,
  ...reviews,
  ...social,
  ...aiAdmin,
};

export type Schema = typeof schema;

/** Each domain's schema module, in layer order (for per-domain reports and ER diagrams). */
export const domains = {
  core,
  users,
  content,
  properties,
  poi,
  experiences,
  bookings,
  reviews,
  social,
  aiAdmin,
} as const;
export type DomainName = keyof typeof domains;
