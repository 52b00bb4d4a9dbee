import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const contentRules = {
  media_files_storage_key_key: 'a media file with this storage key already exists',
  media_files_size_bytes_check: 'a media file must have a positive size',
  media_files_storage_key_check: 'a storage key is 1-1024 characters with no white space around it',
  media_files_mime_type_check: 'mime type must look like image/jpeg',
  media_files_dimensions_check: 'width and height must be positive',
  media_files_duration_check: 'duration must be positive',
  media_files_checksum_sha256_check: 'checksum must be a sha256 hex digest',
  media_files_variants_object_check: 'variants must be a JSON object',
  media_files_owner_id_users_id_fk: 'unknown owner',
  search_index_entity_type_entity_id_locale_key: 'this listing already has a search document in this locale',
  search_index_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  search_index_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  search_index_boost_check: 'boost must be positive',
  search_index_location_range_check:
    'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  content_templates_key_locale_channel_key:
    'a template with this key already exists for this locale and channel',
  content_templates_key_check: 'template key must be 2-100 characters of a-z, 0-9, _, . or -',
  content_templates_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  content_templates_variables_check: 'template variables must be identifiers such as firstName',
  content_templates_variables_declared_check: 'the template uses a {{variable}} that is not declared',
  content_templates_subject_check: 'email and push templates need a subject',
  content_templates_body_check: 'a template needs a body',
  content_versions_entity_type_entity_id_version_key: 'this version of the entity already exists',
  content_versions_version_check: 'versions are numbered from 1',
  content_versions_snapshot_object_check: 'a version snapshot must be a JSON object',
  content_versions_author_id_users_id_fk: 'unknown author',
  content_versions_immutable_check: 'a content version cannot be rewritten',
  content_moderation_auto_score_check: 'the automatic score is between 0 and 1',
  content_moderation_decided_at_check: 'decided_at is set exactly when a case is approved or rejected',
  content_moderation_auto_flags_check: 'automatic flags are lower-case tags such as spam',
  content_moderation_open_entity_key: 'this entity already has an open moderation case',
  content_moderation_moderator_id_users_id_fk: 'unknown moderator',
  translations_entity_type_entity_id_field_locale_key: 'this field already has a translation in this locale',
  translations_field_check: 'field must be a snake_case column name',
  translations_locale_check: 'locale must be a BCP 47 tag such as en or fr-FR',
  content_analytics_entity_type_entity_id_day_key: 'this entity already has analytics for this day',
  content_analytics_counts_check: 'analytics counters cannot be negative',
  content_recommendations_source_target_algorithm_key: 'this recommendation edge already exists',
  content_recommendations_not_self_check: 'an entity cannot be recommended as related to itself',
  content_recommendations_score_check: 'a recommendation score is between 0 and 1',
  content_recommendations_algorithm_check: 'algorithm must be a lower-case name such as co_views.v2',
} as const satisfies Record<string, string>;

describeRules(contentRules);
