import { type DatabaseLogic, describeRules, standardTriggers } from '@touriquest/core';

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

// "Not in the future" reads the clock, which a CHECK must not: a trigger, under the rule's name.
// current_date follows the session time zone (UTC on our servers).
const profileRules = `
create or replace function users_profile_rules() returns trigger
language plpgsql as $$
begin
  if new.date_of_birth > current_date then
    raise exception 'date of birth cannot be in the future'
      using errcode = 'check_violation', constraint = 'user_profiles_date_of_birth_check';
  end if;
  return new;
end $$;

create or replace trigger user_profiles_rules_trg before insert or update of date_of_birth on user_profiles
  for each row execute function users_profile_rules();
`;

// A block names its blocker (defaulting to the acting user when they are one of the pair, else the
// requester); afterwards only the blocker, as the transaction's actor, may change the row.
const connectionRules = `
create or replace function users_connection_rules() returns trigger
language plpgsql as $$
declare
  v_actor uuid := tq_current_actor();
begin
  if new.status = 'blocked' and new.blocked_by is null then
    new.blocked_by := case when v_actor in (new.requester_id, new.addressee_id) then v_actor else new.requester_id end;
  elsif new.status <> 'blocked' then
    new.blocked_by := null;
  end if;
  if tg_op = 'UPDATE' and old.status = 'blocked'
     and (new.status, new.blocked_by, new.requester_id, new.addressee_id)
         is distinct from (old.status, old.blocked_by, old.requester_id, old.addressee_id)
     and v_actor is distinct from old.blocked_by then
    raise exception 'only the user who blocked can change a blocked connection'
      using errcode = 'check_violation', constraint = 'user_social_connections_block_kept_check';
  end if;
  if tg_op = 'UPDATE' and new.status is distinct from old.status and new.status <> 'pending' then
    new.responded_at := now();
  end if;
  return new;
end $$;

create or replace trigger user_social_connections_rules_trg before insert or update on user_social_connections
  for each row execute function users_connection_rules();
`;

const achievementRules = `
create or replace function users_award_on_completion() returns trigger
language plpgsql as $$
begin
  if new.progress = 100 and new.awarded_at is null then
    new.awarded_at := now();
  end if;
  return new;
end $$;

create or replace trigger user_achievements_award_trg before insert or update on user_achievements
  for each row execute function users_award_on_completion();
`;

/**
 * travel_stats is recomputed from scratch for the affected user on every change: a user has at most a few
 * hundred trips, and a recount cannot drift the way increments can. The advisory lock serialises two
 * transactions changing the same user's history, and each statement after it takes a fresh snapshot, so
 * the second recount sees the first one's committed rows.
 */
const travelStats = `
create or replace function users_recompute_travel_stats(p_user uuid) returns void
language plpgsql as $$
declare
  v_home geography;
begin
  perform pg_advisory_xact_lock(hashtextextended('travel_stats:' || p_user::text, 0));
  if not exists (select 1 from users where id = p_user) then
    -- The user is being purged (cascade): nothing to keep.
    delete from travel_stats where user_id = p_user;
    return;
  end if;
  select home_location::geography into v_home from user_profiles where user_id = p_user;
  insert into travel_stats as s (user_id, countries_visited, cities_visited, trips, nights, distance_km, last_trip_at, updated_at)
  select p_user,
         count(distinct h.country_code),
         count(distinct (h.country_code, lower(btrim(h.city)))) filter (where nullif(btrim(h.city), '') is not null),
         count(*),
         coalesce(sum(h.visited_to - h.visited_from), 0),
         coalesce(round(sum(st_distance(v_home, h.location::geography)) filter (where v_home is not null and h.location is not null) / 1000), 0),
         max(h.visited_to),
         now()
    from travel_history h
   where h.user_id = p_user
  on conflict (user_id) do update
     set countries_visited = excluded.countries_visited, cities_visited = excluded.cities_visited,
         trips = excluded.trips, nights = excluded.nights, distance_km = excluded.distance_km,
         last_trip_at = excluded.last_trip_at, updated_at = excluded.updated_at;
end $$;

create or replace function users_travel_history_changed() returns trigger
language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform users_recompute_travel_stats(old.user_id);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.user_id <> old.user_id) then
    perform users_recompute_travel_stats(new.user_id);
  end if;
  return null;
end $$;

create or replace trigger travel_history_stats_trg after insert or update or delete on travel_history
  for each row execute function users_travel_history_changed();

-- distance_km depends on the home location too.
create or replace function users_home_location_changed() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' or new.home_location is distinct from old.home_location then
    if exists (select 1 from travel_history where user_id = new.user_id) then
      perform users_recompute_travel_stats(new.user_id);
    end if;
  end if;
  return null;
end $$;

create or replace trigger user_profiles_travel_stats_trg after insert or update of home_location on user_profiles
  for each row execute function users_home_location_changed();
`;

/** Called by the maintenance CLI (and expireSessions()): revokes every lapsed session, returns how many. */
const sessionExpiry = `
create or replace function tq_expire_sessions() returns integer
language plpgsql as $$
declare
  v_count integer;
begin
  update user_sessions set revoked_at = now(), revoked_reason = 'expired'
   where revoked_at is null and expires_at <= now();
  get diagnostics v_count = row_count;
  return v_count;
end $$;
`;

// A soft-deleted, suspended or deactivated account must not stay signed in anywhere.
const accountDisabled = `
create or replace function users_end_sessions_of_disabled() returns trigger
language plpgsql as $$
begin
  if (new.deleted_at is not null and old.deleted_at is null)
     or (new.status in ('suspended', 'deactivated') and new.status is distinct from old.status) then
    update user_sessions set revoked_at = now(), revoked_reason = 'account_disabled'
     where user_id = new.id and revoked_at is null;
  end if;
  return null;
end $$;

create or replace trigger users_end_sessions_trg after update of deleted_at, status on users
  for each row execute function users_end_sessions_of_disabled();
`;

export const usersLogic: DatabaseLogic[] = [
  {
    name: 'users/triggers',
    sql: [
      standardTriggers('users'),
      standardTriggers('user_profiles'),
      standardTriggers('user_auth', {
        redact: [
          'password_hash',
          'mfa_secret_encrypted',
          'mfa_recovery_code_hashes',
          'password_reset_token_hash',
          'email_verification_token_hash',
        ],
      }),
      standardTriggers('user_identities'),
      standardTriggers('user_social_connections'),
      standardTriggers('user_preferences'),
      // High-churn progress rows: keep updated_at honest, skip the audit trail.
      standardTriggers('user_onboarding', { audit: false }),
      standardTriggers('user_achievements', { audit: false }),
      standardTriggers('travel_history'),
      standardTriggers('achievements'),
    ].join('\n'),
  },
  { name: 'users/profile-rules', sql: profileRules },
  { name: 'users/connection-rules', sql: connectionRules },
  { name: 'users/achievement-rules', sql: achievementRules },
  { name: 'users/travel-stats', sql: travelStats },
  { name: 'users/session-expiry', sql: sessionExpiry },
  { name: 'users/account-disabled', sql: accountDisabled },
];
