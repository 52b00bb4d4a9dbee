import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const usersRules = defineRules({
  users_email_key: { code: 'already_exists', message: 'email is already in use by another account' },
  users_username_key: { code: 'already_exists', message: 'username is already taken' },
  users_email_format_check: { code: 'invalid_input', message: 'email must look like name@example.com' },
  users_username_format_check: {
    code: 'invalid_input',
    message: 'username must be 3-30 characters of a-z, 0-9, _ or .',
  },
  users_phone_e164_check: {
    code: 'invalid_input',
    message: 'phone must be in E.164 form, e.g. +212600000000',
  },
  user_profiles_user_id_key: { code: 'already_exists', message: 'this user already has a profile' },
  user_profiles_date_of_birth_check: {
    code: 'invalid_input',
    message: 'date of birth cannot be in the future',
  },
  user_profiles_date_of_birth_range_check: {
    code: 'invalid_input',
    message: 'date of birth cannot be before 1900',
  },
  user_profiles_nationality_check: {
    code: 'invalid_input',
    message: 'nationality must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  user_profiles_home_country_code_check: {
    code: 'invalid_input',
    message: 'home country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  user_profiles_languages_check: {
    code: 'invalid_input',
    message: 'languages must be ISO 639 codes such as en or ber',
  },
  user_profiles_interests_check: {
    code: 'invalid_input',
    message: 'interests must be lower-case tags such as hiking or street_food',
  },
  user_profiles_bio_length_check: { code: 'invalid_input', message: 'bio is limited to 2000 characters' },
  user_auth_user_id_key: { code: 'already_exists', message: 'this user already has credentials' },
  user_auth_password_hash_check: {
    code: 'invalid_input',
    message: 'password_hash must be an argon2, bcrypt or scrypt hash, never a password',
  },
  user_auth_mfa_secret_encrypted_check: {
    code: 'invalid_input',
    message: 'the MFA secret must be stored encrypted (v<n>:<ciphertext>)',
  },
  user_auth_mfa_secret_envelope_check: {
    code: 'invalid_input',
    message:
      'the MFA secret must be an encrypted envelope v1:<key id>:<iv>:<ciphertext>:<tag>, written by encryptMfaSecret',
  },
  user_auth_mfa_enabled_check: {
    code: 'invalid_input',
    message: 'MFA cannot be enabled without an encrypted secret',
  },
  user_auth_mfa_recovery_code_hashes_check: {
    code: 'invalid_input',
    message: 'recovery codes are stored as sha256 hex hashes',
  },
  user_auth_password_reset_token_hash_check: {
    code: 'invalid_input',
    message: 'password reset tokens are stored as sha256 hex hashes',
  },
  user_auth_password_reset_expiry_check: {
    code: 'invalid_input',
    message: 'a password reset token needs an expiry, and only with a token',
  },
  user_auth_email_verification_token_hash_check: {
    code: 'invalid_input',
    message: 'email verification tokens are stored as sha256 hex hashes',
  },
  user_auth_email_verification_expiry_check: {
    code: 'invalid_input',
    message: 'an email verification token needs an expiry, and only with a token',
  },
  user_auth_failed_login_attempts_check: {
    code: 'invalid_input',
    message: 'failed login attempts cannot be negative',
  },
  user_identities_provider_provider_user_id_key: {
    code: 'already_exists',
    message: 'this provider account is already linked to a user',
  },
  user_identities_user_id_provider_key: {
    code: 'already_exists',
    message: 'this user already has an identity with that provider',
  },
  user_sessions_refresh_token_hash_key: {
    code: 'already_exists',
    message: 'this refresh token is already in use',
  },
  user_sessions_refresh_token_hash_check: {
    code: 'invalid_input',
    message: 'refresh tokens are stored as sha256 hex hashes',
  },
  user_sessions_expires_at_check: {
    code: 'invalid_input',
    message: 'a session must expire after it is created',
  },
  user_social_connections_pair_key: {
    code: 'already_exists',
    message: 'these two users already have a connection',
  },
  user_social_connections_not_self_check: {
    code: 'invalid_input',
    message: 'a user cannot connect with themselves',
  },
  user_social_connections_blocked_by_check: {
    code: 'invalid_input',
    message: 'a blocked connection names which of the two users blocked',
  },
  user_social_connections_block_kept_check: {
    code: 'not_allowed',
    message: 'only the user who blocked can change a blocked connection',
  },
  user_preferences_user_id_key: { code: 'already_exists', message: 'this user already has preferences' },
  user_preferences_language_check: {
    code: 'invalid_input',
    message: 'language must be a BCP 47 tag such as en or fr-FR',
  },
  user_preferences_notification_settings_object_check: {
    code: 'invalid_input',
    message: 'notification settings must be a JSON object',
  },
  user_preferences_privacy_settings_object_check: {
    code: 'invalid_input',
    message: 'privacy settings must be a JSON object',
  },
  user_preferences_accessibility_needs_check: {
    code: 'invalid_input',
    message: 'accessibility needs must be lower-case tags such as step_free',
  },
  user_onboarding_user_id_key: {
    code: 'already_exists',
    message: 'this user already has an onboarding record',
  },
  user_onboarding_current_step_check: { code: 'invalid_input', message: 'unknown onboarding step' },
  user_onboarding_completed_steps_check: {
    code: 'invalid_input',
    message: 'completed steps must be known onboarding steps',
  },
  user_onboarding_completed_at_check: {
    code: 'invalid_input',
    message: 'onboarding is completed exactly when the current step is done',
  },
  travel_history_visited_range_check: {
    code: 'invalid_input',
    message: 'a visit cannot end before it starts',
  },
  travel_history_country_code_check: {
    code: 'invalid_input',
    message: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  },
  travel_history_booking_id_key: {
    code: 'already_exists',
    message: 'this booking is already in the travel history',
  },
  achievements_code_key: { code: 'already_exists', message: 'an achievement with this code already exists' },
  achievements_code_check: {
    code: 'invalid_input',
    message: 'achievement code must be 2-64 characters of a-z, 0-9 or _',
  },
  achievements_points_check: { code: 'invalid_input', message: 'achievement points cannot be negative' },
  achievements_criteria_object_check: {
    code: 'invalid_input',
    message: 'achievement criteria must be a JSON object',
  },
  user_achievements_user_id_achievement_id_key: {
    code: 'already_exists',
    message: 'this user already has this achievement',
  },
  user_achievements_progress_check: {
    code: 'invalid_input',
    message: 'progress is a percentage between 0 and 100',
  },
  user_sessions_revoked_reason_check: {
    code: 'invalid_input',
    message: 'a revocation reason needs revoked_at',
  },
  user_profiles_home_location_range_check: {
    code: 'invalid_input',
    message: 'home location out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  user_profiles_metadata_object_check: {
    code: 'invalid_input',
    message: 'profile metadata must be a JSON object',
  },
  user_identities_provider_user_id_check: {
    code: 'invalid_input',
    message: 'the provider user id cannot be blank',
  },
  user_identities_metadata_object_check: {
    code: 'invalid_input',
    message: 'identity metadata must be a JSON object',
  },
  travel_history_location_range_check: {
    code: 'invalid_input',
    message: 'visited place out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  },
  travel_stats_counts_check: { code: 'invalid_input', message: 'travel stats cannot be negative' },
  achievements_name_check: { code: 'invalid_input', message: 'an achievement needs a name' },
  user_achievements_awarded_at_check: {
    code: 'invalid_input',
    message: 'an achievement is awarded exactly when progress reaches 100',
  },
  user_auth_email_verification_token_hash_key: {
    code: 'already_exists',
    message: 'this email verification token is already in use',
  },
  user_auth_password_reset_token_hash_key: {
    code: 'already_exists',
    message: 'this password reset token is already in use',
  },
  users_locale_check: { code: 'invalid_input', message: 'locale must be a BCP 47 tag such as en or fr-FR' },
  users_metadata_object_check: { code: 'invalid_input', message: 'user metadata must be a JSON object' },
  users_timezone_check: {
    code: 'invalid_input',
    message: 'timezone must be a zone such as Africa/Casablanca',
  },
  users_email_length_check: {
    code: 'invalid_input',
    message: 'email is limited to 254 characters (RFC 5321)',
  },
  user_identities_provider_email_check: {
    code: 'invalid_input',
    message: 'the provider email must look like name@example.com, at most 254 characters',
  },
  // Bounded input (core's limits.ts, migrations 0011 and 0012).
  achievements_criteria_size_check: {
    code: 'invalid_input',
    message: 'criteria must be at most 16 KiB of JSON',
  },
  user_identities_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  user_preferences_privacy_settings_size_check: {
    code: 'invalid_input',
    message: 'privacy settings must be at most 16 KiB of JSON',
  },
  user_preferences_notification_settings_size_check: {
    code: 'invalid_input',
    message: 'notification settings must be at most 16 KiB of JSON',
  },
  user_profiles_metadata_size_check: {
    code: 'invalid_input',
    message: 'metadata must be at most 16 KiB of JSON',
  },
  users_metadata_size_check: { code: 'invalid_input', message: 'metadata must be at most 16 KiB of JSON' },
});
