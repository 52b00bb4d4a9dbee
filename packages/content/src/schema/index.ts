// Each table file holds its relations. Polymorphic tables (entity_type/entity_id) have no drizzle relations:
// their target table varies per row.
export * from './content-analytics';
export * from './content-moderation';
export * from './content-recommendations';
export * from './content-templates';
export * from './content-versions';
export * from './enums';
export * from './gallery';
export * from './media-files';
export * from './search-index';
export * from './translations';
export * from './types';
