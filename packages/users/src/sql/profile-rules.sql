create or replace function users_profile_rules() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.date_of_birth > current_date then
    raise exception 'date of birth cannot be in the future'
      using errcode = 'check_violation', constraint = 'user_profiles_date_of_birth_check';
  end if;
  return new;
end $$;

create or replace trigger user_profiles_rules_trg before insert or update of date_of_birth on user_profiles
  for each row execute function users_profile_rules();
