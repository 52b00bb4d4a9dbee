// What drizzle-kit sees for the social domain.
export * from './activity-feed';
export * from './enums';
export * from './notifications';
export * from './posts';
export * from './social-profiles';
export * from './travel-groups';
export * from './wishlists';
