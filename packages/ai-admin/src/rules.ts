import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const aiAdminRules = defineRules({
  ai_messages_conversation_seq_key: {
    code: 'already_exists',
    message: 'two messages cannot share a place in a conversation',
  },
  ai_messages_seq_check: { code: 'invalid_input', message: 'a message needs its place in the conversation' },
  ai_messages_tokens_in_check: { code: 'invalid_input', message: 'token counts cannot be negative' },
  ai_messages_tokens_out_check: { code: 'invalid_input', message: 'token counts cannot be negative' },
  ai_messages_latency_check: { code: 'invalid_input', message: 'latency cannot be negative' },
  ai_messages_tool_calls_check: {
    code: 'invalid_input',
    message: 'only assistant messages carry tool calls, as a JSON array',
  },
  ai_messages_tool_call_id_check: {
    code: 'invalid_input',
    message: 'a tool message answers exactly one tool call id, and only tool messages do',
  },
  ai_messages_fixed_place_check: {
    code: 'invalid_input',
    message: 'a message cannot move to another conversation or place',
  },
  smart_recommendations_one_target_check: {
    code: 'invalid_input',
    message: 'a recommendation is exactly one property, POI or experience',
  },
  smart_recommendations_score_check: {
    code: 'invalid_input',
    message: 'a recommendation score is between 0 and 1',
  },
  smart_recommendations_expires_check: {
    code: 'invalid_input',
    message: 'a recommendation must expire after it was made',
  },
  smart_recommendations_property_id_properties_id_fk: { code: 'not_found', message: 'no such property' },
  smart_recommendations_poi_id_pois_id_fk: { code: 'not_found', message: 'no such POI' },
  smart_recommendations_experience_id_experiences_id_fk: { code: 'not_found', message: 'no such experience' },
  user_preference_learning_user_feature_key: {
    code: 'already_exists',
    message: 'this user already has a weight for that feature',
  },
  user_preference_learning_confidence_check: {
    code: 'invalid_input',
    message: 'confidence is between 0 and 1',
  },
  user_preference_learning_weight_check: {
    code: 'invalid_input',
    message: 'a weight is a finite number between -1000 and 1000',
  },
  system_settings_key_key: { code: 'already_exists', message: 'a setting with this key already exists' },
  system_settings_key_format_check: {
    code: 'invalid_input',
    message: 'a setting key is dotted lower-case words, e.g. bookings.hold_minutes',
  },
  system_settings_value_type_check: {
    code: 'invalid_input',
    message: "the setting's value does not have its declared type",
  },
  admin_audit_log_append_only: { code: 'not_allowed', message: 'the admin audit log is append-only' },
  admin_audit_log_action_format_check: {
    code: 'invalid_input',
    message: 'an admin action is dotted lower-case words, e.g. user.suspend',
  },
  feature_usage_feature_user_key: {
    code: 'already_exists',
    message: 'this user already has a usage row for that feature',
  },
  feature_usage_feature_key_format_check: {
    code: 'invalid_input',
    message: 'a feature key is dotted lower-case words, e.g. search.map_view',
  },
  feature_usage_variant_format_check: {
    code: 'invalid_input',
    message: 'a variant is 1-40 letters, digits, _ or -',
  },
  user_behavior_events_append_only: { code: 'not_allowed', message: 'behaviour events are never edited' },
  user_behavior_events_event_type_format_check: {
    code: 'invalid_input',
    message: 'an event type is dotted lower-case words, e.g. search.performed',
  },
  system_health_checks_append_only: { code: 'not_allowed', message: 'health checks are append-only' },
  system_health_checks_component_format_check: {
    code: 'invalid_input',
    message: 'a component is dotted lower-case words, e.g. db.primary',
  },
  admin_audit_log_changes_object_check: {
    code: 'invalid_input',
    message: 'admin audit changes must be a JSON object',
  },
  admin_audit_log_target_check: {
    code: 'invalid_input',
    message: 'an admin action on a target id names the target type',
  },
  ai_conversations_context_object_check: {
    code: 'invalid_input',
    message: 'conversation context must be a JSON object',
  },
  ai_conversations_counts_check: {
    code: 'invalid_input',
    message: 'message counts cannot be negative or run ahead of the sequence',
  },
  ai_conversations_metadata_object_check: {
    code: 'invalid_input',
    message: 'conversation metadata must be a JSON object',
  },
  ai_conversations_model_check: { code: 'invalid_input', message: 'a model name is 1-100 characters' },
  feature_usage_use_count_check: {
    code: 'invalid_input',
    message: 'a feature usage row counts at least one use',
  },
  feature_usage_used_at_check: { code: 'invalid_input', message: 'last use cannot be before first use' },
  smart_recommendations_algorithm_format_check: {
    code: 'invalid_input',
    message: 'algorithm must be a lower-case name such as co_views.v2',
  },
  system_health_checks_metrics_object_check: {
    code: 'invalid_input',
    message: 'health check metrics must be a JSON object',
  },
  user_behavior_events_properties_object_check: {
    code: 'invalid_input',
    message: 'event properties must be a JSON object',
  },
  user_preference_learning_feature_format_check: {
    code: 'invalid_input',
    message: 'a learned feature is dotted lower-case words, e.g. cuisine.tagine',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  admin_audit_log_changes_size_check: {
    code: 'invalid_input',
    message: 'changes must be at most 256 KiB of JSON',
  },
  ai_conversations_context_size_check: {
    code: 'invalid_input',
    message: 'context must be at most 16 KiB of JSON',
  },
  ai_conversations_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  ai_messages_tool_calls_size_check: {
    code: 'invalid_input',
    message: 'tool calls must be at most 256 KiB of JSON',
  },
  system_settings_value_size_check: {
    code: 'invalid_input',
    message: 'value must be at most 256 KiB of JSON',
  },
  user_behavior_events_properties_size_check: {
    code: 'invalid_input',
    message: 'properties must be at most 16 KiB of JSON',
  },
  system_health_checks_metrics_size_check: {
    code: 'invalid_input',
    message: 'metrics must be at most 16 KiB of JSON',
  },
});
