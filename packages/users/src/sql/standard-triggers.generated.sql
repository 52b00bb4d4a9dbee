-- Rendered from standardTriggersSql in @touriquest/users/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- users
create or replace trigger users_touch_trg before update on users
  for each row execute function tq_touch_row();
create or replace trigger users_stamp_actor_trg before insert or update on users
  for each row execute function tq_stamp_actor();
create or replace trigger users_soft_delete_trg before update on users
  for each row execute function tq_stamp_soft_delete();
create or replace trigger users_audit_trg after insert or update or delete on users
  for each row execute function tq_audit_row();

-- user_profiles
create or replace trigger user_profiles_touch_trg before update on user_profiles
  for each row execute function tq_touch_row();
create or replace trigger user_profiles_stamp_actor_trg before insert or update on user_profiles
  for each row execute function tq_stamp_actor();
create or replace trigger user_profiles_audit_trg after insert or update or delete on user_profiles
  for each row execute function tq_audit_row();

-- user_auth
create or replace trigger user_auth_touch_trg before update on user_auth
  for each row execute function tq_touch_row();
create or replace trigger user_auth_stamp_actor_trg before insert or update on user_auth
  for each row execute function tq_stamp_actor();
create or replace trigger user_auth_audit_trg after insert or update or delete on user_auth
  for each row execute function tq_audit_row('password_hash', 'mfa_secret_encrypted', 'mfa_recovery_code_hashes', 'password_reset_token_hash', 'email_verification_token_hash');

-- user_identities
create or replace trigger user_identities_touch_trg before update on user_identities
  for each row execute function tq_touch_row();
create or replace trigger user_identities_stamp_actor_trg before insert or update on user_identities
  for each row execute function tq_stamp_actor();
create or replace trigger user_identities_audit_trg after insert or update or delete on user_identities
  for each row execute function tq_audit_row();

-- user_social_connections
create or replace trigger user_social_connections_touch_trg before update on user_social_connections
  for each row execute function tq_touch_row();
create or replace trigger user_social_connections_stamp_actor_trg before insert or update on user_social_connections
  for each row execute function tq_stamp_actor();
create or replace trigger user_social_connections_audit_trg after insert or update or delete on user_social_connections
  for each row execute function tq_audit_row();

-- user_preferences
create or replace trigger user_preferences_touch_trg before update on user_preferences
  for each row execute function tq_touch_row();
create or replace trigger user_preferences_stamp_actor_trg before insert or update on user_preferences
  for each row execute function tq_stamp_actor();
create or replace trigger user_preferences_audit_trg after insert or update or delete on user_preferences
  for each row execute function tq_audit_row();

-- user_onboarding
create or replace trigger user_onboarding_touch_trg before update on user_onboarding
  for each row execute function tq_touch_row();

-- user_achievements
create or replace trigger user_achievements_touch_trg before update on user_achievements
  for each row execute function tq_touch_row();

-- travel_history
create or replace trigger travel_history_touch_trg before update on travel_history
  for each row execute function tq_touch_row();
create or replace trigger travel_history_stamp_actor_trg before insert or update on travel_history
  for each row execute function tq_stamp_actor();
create or replace trigger travel_history_audit_trg after insert or update or delete on travel_history
  for each row execute function tq_audit_row();

-- achievements
create or replace trigger achievements_touch_trg before update on achievements
  for each row execute function tq_touch_row();
create or replace trigger achievements_stamp_actor_trg before insert or update on achievements
  for each row execute function tq_stamp_actor();
create or replace trigger achievements_audit_trg after insert or update or delete on achievements
  for each row execute function tq_audit_row();

-- travel_stats
create or replace trigger travel_stats_touch_trg before update on travel_stats
  for each row execute function tq_touch_row();
