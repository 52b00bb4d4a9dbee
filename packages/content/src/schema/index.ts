// Each table file holds its relations. Polymorphic tables (entity_type/entity_id) have no drizzle relations:
// their target table varies per row.
export { contentAnalytics } from './content-analytics';
export { contentModeration, contentModerationRelations } from './content-moderation';
export { contentRecommendations } from './content-recommendations';
export { contentTemplates } from './content-templates';
export { contentVersions, contentVersionsRelations } from './content-versions';
export {
  contentEntityTypeEnum,
  mediaStatusEnum,
  moderationStatusEnum,
  searchEntityTypeEnum,
  templateChannelEnum,
} from './enums';
export { mediaFiles, mediaFilesRelations } from './media-files';
export { searchIndex } from './search-index';
export { searchWords } from './search-words';
export { translations } from './translations';
