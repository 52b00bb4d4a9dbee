// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  contentEntityTypes,
  contentEventKinds,
  decidedModerationStatuses,
  MIME_TYPE_PATTERN,
  mediaStatuses,
  moderationStatuses,
  SHA256_HEX_PATTERN,
  searchEntityTypes,
  TEMPLATE_KEY_PATTERN,
  TEMPLATE_VARIABLE_PATTERN,
  templateChannels,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { contentLogic, contentRenderedSql } from './logic';
// Queries: analytics
export { type ContentEventKind, recordContentEvent } from './queries/analytics';
// Queries: search
export {
  type FuzzySearchOptions,
  fuzzySearchListings,
  fuzzySearchListingsQuery,
  type ListingHit,
  rankedCandidates,
  type SearchEntityType,
  type SearchListingsOptions,
  searchListings,
  searchListingsQuery,
} from './queries/search';
// Queries: templates
export { renderTemplate, templatePlaceholders, usesOnlyDeclaredVariables } from './queries/templates';
// Queries: versions
export { type ContentEntityType, type EntityRef, recordVersion } from './queries/versions';
// Every rule this package raises: its error code and the sentence a service shows
export { contentRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/content/schema`)
export {
  type ContentAnalytics,
  contentAnalytics,
  type NewContentAnalytics,
} from './schema/content-analytics';
export {
  type ContentModeration,
  contentModeration,
  contentModerationRelations,
  type NewContentModeration,
} from './schema/content-moderation';
export {
  type ContentRecommendation,
  contentRecommendations,
  type NewContentRecommendation,
} from './schema/content-recommendations';
export { type ContentTemplate, contentTemplates, type NewContentTemplate } from './schema/content-templates';
export {
  type ContentVersion,
  contentVersions,
  contentVersionsRelations,
  type NewContentVersion,
} from './schema/content-versions';
export {
  contentEntityTypeEnum,
  mediaStatusEnum,
  moderationStatusEnum,
  searchEntityTypeEnum,
  templateChannelEnum,
} from './schema/enums';
export { galleryColumns, galleryConstraints } from './schema/gallery';
export { type MediaFile, mediaFiles, mediaFilesRelations, type NewMediaFile } from './schema/media-files';
export { type NewSearchIndexEntry, type SearchIndexEntry, searchIndex } from './schema/search-index';
export { type SearchWord, searchWords } from './schema/search-words';
export { type NewTranslation, type Translation, translations } from './schema/translations';
export { regconfig } from './schema/types';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  fuzzySearchInput,
  insertContentAnalyticsSchema,
  insertContentModerationSchema,
  insertContentRecommendationSchema,
  insertContentTemplateSchema,
  insertContentVersionSchema,
  insertMediaFileSchema,
  insertSearchIndexSchema,
  insertSearchWordSchema,
  insertTranslationSchema,
  searchListingsInput,
  selectContentAnalyticsSchema,
  selectContentModerationSchema,
  selectContentRecommendationSchema,
  selectContentTemplateSchema,
  selectContentVersionSchema,
  selectMediaFileSchema,
  selectSearchIndexSchema,
  selectTranslationSchema,
  updateContentAnalyticsSchema,
  updateContentModerationSchema,
  updateContentRecommendationSchema,
  updateContentTemplateSchema,
  updateMediaFileSchema,
  updateSearchIndexSchema,
  updateTranslationSchema,
} from './validation';
