// What drizzle-kit sees for the social domain.
export * from './activity-feed';
export * from './enums';
export * from './notifications';
export * from './post-comments';
export * from './post-likes';
export * from './social-posts';
export * from './travel-group-members';
export * from './travel-groups';
export * from './user-follows';
export * from './user-social-profiles';
export * from './wishlist-items';
export * from './wishlists';
