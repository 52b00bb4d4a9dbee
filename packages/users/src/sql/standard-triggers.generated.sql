-- Rendered from standardTriggersSql in @touriquest/users/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- users
create or replace trigger users_touch_trg before update on users
  for each row execute function tq_touch_row();
create or replace trigger users_stamp_actor_trg before insert or update on users
  for each row execute function tq_stamp_actor();
create or replace trigger users_soft_delete_trg before update on users
  for each row execute function tq_stamp_soft_delete();
create or replace trigger users_audit_insert_trg after insert on users
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger users_audit_update_trg after update on users
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger users_audit_delete_trg after delete on users
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- user_profiles
create or replace trigger user_profiles_touch_trg before update on user_profiles
  for each row execute function tq_touch_row();
create or replace trigger user_profiles_stamp_actor_trg before insert or update on user_profiles
  for each row execute function tq_stamp_actor();
create or replace trigger user_profiles_audit_insert_trg after insert on user_profiles
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_profiles_audit_update_trg after update on user_profiles
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_profiles_audit_delete_trg after delete on user_profiles
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- user_auth
create or replace trigger user_auth_touch_trg before update on user_auth
  for each row execute function tq_touch_row();
create or replace trigger user_auth_stamp_actor_trg before insert or update on user_auth
  for each row execute function tq_stamp_actor();
create or replace trigger user_auth_audit_insert_trg after insert on user_auth
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('password_hash', 'mfa_secret_encrypted', 'mfa_recovery_code_hashes', 'password_reset_token_hash', 'email_verification_token_hash');
create or replace trigger user_auth_audit_update_trg after update on user_auth
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('password_hash', 'mfa_secret_encrypted', 'mfa_recovery_code_hashes', 'password_reset_token_hash', 'email_verification_token_hash');
create or replace trigger user_auth_audit_delete_trg after delete on user_auth
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('password_hash', 'mfa_secret_encrypted', 'mfa_recovery_code_hashes', 'password_reset_token_hash', 'email_verification_token_hash');

-- user_identities
create or replace trigger user_identities_touch_trg before update on user_identities
  for each row execute function tq_touch_row();
create or replace trigger user_identities_stamp_actor_trg before insert or update on user_identities
  for each row execute function tq_stamp_actor();
create or replace trigger user_identities_audit_insert_trg after insert on user_identities
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_identities_audit_update_trg after update on user_identities
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_identities_audit_delete_trg after delete on user_identities
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- user_social_connections
create or replace trigger user_social_connections_touch_trg before update on user_social_connections
  for each row execute function tq_touch_row();
create or replace trigger user_social_connections_stamp_actor_trg before insert or update on user_social_connections
  for each row execute function tq_stamp_actor();
create or replace trigger user_social_connections_audit_insert_trg after insert on user_social_connections
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_social_connections_audit_update_trg after update on user_social_connections
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_social_connections_audit_delete_trg after delete on user_social_connections
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- user_preferences
create or replace trigger user_preferences_touch_trg before update on user_preferences
  for each row execute function tq_touch_row();
create or replace trigger user_preferences_stamp_actor_trg before insert or update on user_preferences
  for each row execute function tq_stamp_actor();
create or replace trigger user_preferences_audit_insert_trg after insert on user_preferences
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_preferences_audit_update_trg after update on user_preferences
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger user_preferences_audit_delete_trg after delete on user_preferences
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

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
create or replace trigger travel_history_audit_insert_trg after insert on travel_history
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger travel_history_audit_update_trg after update on travel_history
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger travel_history_audit_delete_trg after delete on travel_history
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- achievements
create or replace trigger achievements_touch_trg before update on achievements
  for each row execute function tq_touch_row();
create or replace trigger achievements_stamp_actor_trg before insert or update on achievements
  for each row execute function tq_stamp_actor();
create or replace trigger achievements_audit_insert_trg after insert on achievements
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger achievements_audit_update_trg after update on achievements
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger achievements_audit_delete_trg after delete on achievements
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- travel_stats
create or replace trigger travel_stats_touch_trg before update on travel_stats
  for each row execute function tq_touch_row();
