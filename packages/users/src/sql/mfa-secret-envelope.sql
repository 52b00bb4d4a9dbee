-- user_auth_mfa_secret_envelope_check: the MFA secret is an AES-256-GCM envelope written by the users API
-- (src/queries/mfa-crypto.ts), never a seed. The migrated CHECK user_auth_mfa_secret_encrypted_check only
-- asks for `v<n>:…`, which `v1:<raw seed>` passes; narrowing a CHECK needs a migration, a trigger does not.
create or replace function users_mfa_secret_envelope_rule() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.mfa_secret_encrypted !~ '^v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{2,}:[A-Za-z0-9_-]{22}$' then
    raise exception 'the MFA secret must be an encrypted envelope v1:<key id>:<iv>:<ciphertext>:<tag>'
      using errcode = 'check_violation', constraint = 'user_auth_mfa_secret_envelope_check';
  end if;
  return new;
end $$;

create or replace trigger user_auth_mfa_secret_envelope_trg
  before insert or update of mfa_secret_encrypted on user_auth
  for each row execute function users_mfa_secret_envelope_rule();
