import {
  describeRules,
  loadSqlFolder,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
} from '@touriquest/core';
import {
  achievements,
  travelHistory,
  userAchievements,
  userAuth,
  userIdentities,
  userOnboarding,
  userPreferences,
  userProfiles,
  userSocialConnections,
  users,
} from './schema';

describeRules({
  users_email_key: 'email is already in use by another account',
  users_username_key: 'username is already taken',
  users_email_format_check: 'email must look like name@example.com',
  users_username_format_check: 'username must be 3-30 characters of a-z, 0-9, _ or .',
  users_phone_e164_check: 'phone must be in E.164 form, e.g. +212600000000',
  user_profiles_user_id_key: 'this user already has a profile',
  user_profiles_date_of_birth_check: 'date of birth cannot be in the future',
  user_profiles_date_of_birth_range_check: 'date of birth cannot be before 1900',
  user_profiles_nationality_check: 'nationality must be an ISO 3166-1 alpha-2 code, e.g. MA',
  user_profiles_home_country_code_check: 'home country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  user_profiles_languages_check: 'languages must be ISO 639 codes such as en or ber',
  user_profiles_interests_check: 'interests must be lower-case tags such as hiking or street_food',
  user_profiles_bio_length_check: 'bio is limited to 2000 characters',
  user_auth_user_id_key: 'this user already has credentials',
  user_auth_password_hash_check: 'password_hash must be an argon2, bcrypt or scrypt hash, never a password',
  user_auth_mfa_secret_encrypted_check: 'the MFA secret must be stored encrypted (v<n>:<ciphertext>)',
  user_auth_mfa_enabled_check: 'MFA cannot be enabled without an encrypted secret',
  user_auth_mfa_recovery_code_hashes_check: 'recovery codes are stored as sha256 hex hashes',
  user_auth_password_reset_token_hash_check: 'password reset tokens are stored as sha256 hex hashes',
  user_auth_password_reset_expiry_check: 'a password reset token needs an expiry, and only with a token',
  user_auth_email_verification_token_hash_check: 'email verification tokens are stored as sha256 hex hashes',
  user_auth_email_verification_expiry_check:
    'an email verification token needs an expiry, and only with a token',
  user_auth_failed_login_attempts_check: 'failed login attempts cannot be negative',
  user_identities_provider_provider_user_id_key: 'this provider account is already linked to a user',
  user_identities_user_id_provider_key: 'this user already has an identity with that provider',
  user_sessions_refresh_token_hash_key: 'this refresh token is already in use',
  user_sessions_refresh_token_hash_check: 'refresh tokens are stored as sha256 hex hashes',
  user_sessions_expires_at_check: 'a session must expire after it is created',
  user_social_connections_pair_key: 'these two users already have a connection',
  user_social_connections_not_self_check: 'a user cannot connect with themselves',
  user_social_connections_blocked_by_check: 'a blocked connection names which of the two users blocked',
  user_social_connections_block_kept_check: 'only the user who blocked can change a blocked connection',
  user_preferences_user_id_key: 'this user already has preferences',
  user_preferences_language_check: 'language must be a BCP 47 tag such as en or fr-FR',
  user_preferences_notification_settings_object_check: 'notification settings must be a JSON object',
  user_preferences_privacy_settings_object_check: 'privacy settings must be a JSON object',
  user_preferences_accessibility_needs_check: 'accessibility needs must be lower-case tags such as step_free',
  user_onboarding_user_id_key: 'this user already has an onboarding record',
  user_onboarding_current_step_check: 'unknown onboarding step',
  user_onboarding_completed_steps_check: 'completed steps must be known onboarding steps',
  user_onboarding_completed_at_check: 'onboarding is completed exactly when the current step is done',
  travel_history_visited_range_check: 'a visit cannot end before it starts',
  travel_history_country_code_check: 'country must be an ISO 3166-1 alpha-2 code, e.g. MA',
  travel_history_booking_id_key: 'this booking is already in the travel history',
  achievements_code_key: 'an achievement with this code already exists',
  achievements_code_check: 'achievement code must be 2-64 characters of a-z, 0-9 or _',
  achievements_points_check: 'achievement points cannot be negative',
  achievements_criteria_object_check: 'achievement criteria must be a JSON object',
  user_achievements_user_id_achievement_id_key: 'this user already has this achievement',
  user_achievements_progress_check: 'progress is a percentage between 0 and 100',
  user_sessions_revoked_reason_check: 'a revocation reason needs revoked_at',
  user_profiles_home_location_range_check:
    'home location out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  user_profiles_metadata_object_check: 'profile metadata must be a JSON object',
  user_identities_provider_user_id_check: 'the provider user id cannot be blank',
  user_identities_metadata_object_check: 'identity metadata must be a JSON object',
  travel_history_location_range_check:
    'visited place out of range: lon must be within [-180, 180] and lat within [-90, 90]',
  travel_stats_counts_check: 'travel stats cannot be negative',
  achievements_name_check: 'an achievement needs a name',
  user_achievements_awarded_at_check: 'an achievement is awarded exactly when progress reaches 100',
});

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const usersLogic = loadSqlFolder('users', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const usersRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/users/src/logic.ts',
    standardTriggersSql([
      { table: users },
      { table: userProfiles },
      {
        table: userAuth,
        redact: [
          'password_hash',
          'mfa_secret_encrypted',
          'mfa_recovery_code_hashes',
          'password_reset_token_hash',
          'email_verification_token_hash',
        ],
      },
      { table: userIdentities },
      { table: userSocialConnections },
      { table: userPreferences },
      { table: userOnboarding, audit: false },
      { table: userAchievements, audit: false },
      { table: travelHistory },
      { table: achievements },
    ]),
  ),
};
