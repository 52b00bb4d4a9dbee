create or replace function experience_requirements_age_limits() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_min integer;
  v_max integer;
begin
  if new.kind not in ('min_age', 'max_age') then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('experience_age_limits:' || new.experience_id, 0));
  if exists (select 1 from experience_requirements r
              where r.experience_id = new.experience_id and r.kind = new.kind and r.id <> new.id) then
    raise exception 'experience % already has a % requirement', new.experience_id, new.kind
      using errcode = 'check_violation', constraint = 'experience_requirements_one_age_limit_check';
  end if;
  -- The value's format is experience_requirements_age_value_check's to report (CHECKs run after this).
  if new.value !~ '^[0-9]{1,3}$' then
    return new;
  end if;
  select max(value::integer) filter (where kind = 'min_age'), max(value::integer) filter (where kind = 'max_age')
    into v_min, v_max
    from experience_requirements
   where experience_id = new.experience_id and kind in ('min_age', 'max_age') and id <> new.id
     and value ~ '^[0-9]{1,3}$';
  if new.kind = 'min_age' then v_min := new.value::integer; else v_max := new.value::integer; end if;
  if v_min > v_max then
    raise exception 'min_age % is above max_age %', v_min, v_max
      using errcode = 'check_violation', constraint = 'experience_requirements_age_range_check';
  end if;
  return new;
end $$;

create or replace trigger experience_requirements_age_limits_trg
  before insert or update of kind, value, experience_id on experience_requirements
  for each row execute function experience_requirements_age_limits();
