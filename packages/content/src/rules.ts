import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const contentRules = defineRules({
  media_files_storage_key_key: {
    code: 'already_exists',
    message: 'a media file with this storage key already exists',
  },
  media_files_size_bytes_check: { code: 'invalid_input', message: 'a media file must have a positive size' },
  media_files_mime_type_check: { code: 'invalid_input', message: 'mime type must look like image/jpeg' },
  media_files_dimensions_check: { code: 'invalid_input', message: 'width and height must be positive' },
  media_files_duration_check: { code: 'invalid_input', message: 'duration must be positive' },
  media_files_checksum_sha256_check: {
    code: 'invalid_input',
    message: 'checksum must be a sha256 hex digest',
  },
  media_files_variants_object_check: { code: 'invalid_input', message: 'variants must be a JSON object' },
  media_files_owner_id_users_id_fk: { code: 'not_found', message: 'unknown owner' },
  search_index_entity_type_entity_id_locale_key: {
    code: 'already_exists',
    message: 'this listing already has a search document in this locale',
  },
  search_index_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  search_index_country_code_check: {
    code: 'invalid_input',
    message: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  search_index_boost_check: { code: 'invalid_input', message: 'boost must be positive' },
  search_words_word_check: { code: 'invalid_input', message: 'a dictionary word is 1 to 200 characters' },
  search_index_location_range_check: {
    code: 'invalid_input',
    message: 'coordinates out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  content_templates_key_locale_channel_key: {
    code: 'already_exists',
    message: 'a template with this key already exists for this locale and channel',
  },
  content_templates_key_check: {
    code: 'invalid_input',
    message: 'template key must be 2-100 characters of a-z, 0-9, _, . or -',
  },
  content_templates_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  content_templates_variables_check: {
    code: 'invalid_input',
    message: 'template variables must be identifiers such as firstName',
  },
  content_templates_variables_declared_check: {
    code: 'invalid_input',
    message: 'the template uses a {{variable}} that is not declared',
  },
  content_templates_subject_check: {
    code: 'invalid_input',
    message: 'email and push templates need a subject',
  },
  content_templates_body_check: { code: 'invalid_input', message: 'a template needs a body' },
  content_versions_entity_type_entity_id_version_key: {
    code: 'already_exists',
    message: 'this version of the entity already exists',
  },
  content_versions_version_check: { code: 'invalid_input', message: 'versions are numbered from 1' },
  content_versions_snapshot_object_check: {
    code: 'invalid_input',
    message: 'a version snapshot must be a JSON object',
  },
  content_versions_author_id_users_id_fk: { code: 'not_found', message: 'unknown author' },
  content_versions_immutable_check: {
    code: 'invalid_input',
    message: 'a content version cannot be rewritten',
  },
  content_moderation_auto_score_check: {
    code: 'invalid_input',
    message: 'the automatic score is between 0 and 1',
  },
  content_moderation_decided_at_check: {
    code: 'invalid_input',
    message: 'decided_at is set exactly when a case is approved or rejected',
  },
  content_moderation_auto_flags_check: {
    code: 'invalid_input',
    message: 'automatic flags are lower-case tags such as spam',
  },
  content_moderation_open_entity_key: {
    code: 'already_exists',
    message: 'this entity already has an open moderation case',
  },
  content_moderation_moderator_id_users_id_fk: { code: 'not_found', message: 'unknown moderator' },
  translations_entity_type_entity_id_field_locale_key: {
    code: 'already_exists',
    message: 'this field already has a translation in this locale',
  },
  translations_field_check: { code: 'invalid_input', message: 'field must be a snake_case column name' },
  translations_locale_check: {
    code: 'invalid_input',
    message: 'locale must be a BCP 47 tag such as en or fr-FR',
  },
  content_analytics_entity_type_entity_id_day_key: {
    code: 'already_exists',
    message: 'this entity already has analytics for this day',
  },
  content_analytics_counts_check: { code: 'invalid_input', message: 'analytics counters cannot be negative' },
  content_recommendations_source_target_algorithm_key: {
    code: 'already_exists',
    message: 'this recommendation edge already exists',
  },
  content_recommendations_not_self_check: {
    code: 'invalid_input',
    message: 'an entity cannot be recommended as related to itself',
  },
  content_recommendations_score_check: {
    code: 'invalid_input',
    message: 'a recommendation score is between 0 and 1',
  },
  content_recommendations_algorithm_check: {
    code: 'invalid_input',
    message: 'algorithm must be a lower-case name such as co_views.v2',
  },
  media_files_storage_key_check: {
    code: 'invalid_input',
    message: 'a storage key is 1-1024 characters with no white space around it',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  content_versions_snapshot_size_check: {
    code: 'invalid_input',
    message: 'snapshot must be at most 256 KiB of JSON',
  },
  media_files_variants_size_check: {
    code: 'invalid_input',
    message: 'variants must be at most 16 KiB of JSON',
  },
});
