import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const aiAdminRules = {
  ai_messages_conversation_seq_key: 'two messages cannot share a place in a conversation',
  ai_messages_seq_check: 'a message needs its place in the conversation',
  ai_messages_tokens_in_check: 'token counts cannot be negative',
  ai_messages_tokens_out_check: 'token counts cannot be negative',
  ai_messages_latency_check: 'latency cannot be negative',
  ai_messages_tool_calls_check: 'only assistant messages carry tool calls, as a JSON array',
  ai_messages_tool_call_id_check:
    'a tool message answers exactly one tool call id, and only tool messages do',
  ai_messages_fixed_place_check: 'a message cannot move to another conversation or place',
  smart_recommendations_one_target_check: 'a recommendation is exactly one property, POI or experience',
  smart_recommendations_score_check: 'a recommendation score is between 0 and 1',
  smart_recommendations_expires_check: 'a recommendation must expire after it was made',
  smart_recommendations_property_id_properties_id_fk: 'no such property',
  smart_recommendations_poi_id_pois_id_fk: 'no such POI',
  smart_recommendations_experience_id_experiences_id_fk: 'no such experience',
  user_preference_learning_user_feature_key: 'this user already has a weight for that feature',
  user_preference_learning_confidence_check: 'confidence is between 0 and 1',
  user_preference_learning_weight_check: 'a weight is a finite number between -1000 and 1000',
  system_settings_key_key: 'a setting with this key already exists',
  system_settings_key_format_check: 'a setting key is dotted lower-case words, e.g. bookings.hold_minutes',
  system_settings_value_type_check: "the setting's value does not have its declared type",
  admin_audit_log_append_only: 'the admin audit log is append-only',
  admin_audit_log_action_format_check: 'an admin action is dotted lower-case words, e.g. user.suspend',
  feature_usage_feature_user_key: 'this user already has a usage row for that feature',
  feature_usage_feature_key_format_check: 'a feature key is dotted lower-case words, e.g. search.map_view',
  feature_usage_variant_format_check: 'a variant is 1-40 letters, digits, _ or -',
  user_behavior_events_append_only: 'behaviour events are never edited',
  user_behavior_events_event_type_format_check:
    'an event type is dotted lower-case words, e.g. search.performed',
  system_health_checks_append_only: 'health checks are append-only',
  system_health_checks_component_format_check: 'a component is dotted lower-case words, e.g. db.primary',
} as const satisfies Record<string, string>;

describeRules(aiAdminRules);
