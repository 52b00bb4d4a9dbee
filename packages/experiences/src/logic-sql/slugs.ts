/**
 * Slug history, as properties: both slugs are locked (advisory, per slug) before the reservation check, so a
 * rename and a concurrent insert of the retired slug cannot both pass.
 */
export const slugHistorySql = `
create or replace function experiences_slug_rules() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.slug is not distinct from old.slug then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('experience_slug:' || new.slug, 0));
  if tg_op = 'UPDATE' then
    perform pg_advisory_xact_lock(hashtextextended('experience_slug:' || old.slug, 0));
  end if;
  if exists (select 1 from experience_slug_history h where h.slug = new.slug and h.experience_id <> new.id) then
    raise exception 'slug "%" used to belong to another experience and still redirects there', new.slug
      using errcode = 'check_violation', constraint = 'experiences_slug_reserved_check';
  end if;
  return new;
end $$;

create or replace trigger experiences_slug_rules_trg before insert or update of slug on experiences
  for each row execute function experiences_slug_rules();

create or replace function experiences_record_slug_change() returns trigger
language plpgsql as $$
begin
  if new.slug is distinct from old.slug then
    -- Taking back one of its own old slugs: that slug is current again, not a redirect.
    delete from experience_slug_history where slug = new.slug and experience_id = new.id;
    insert into experience_slug_history (experience_id, slug) values (new.id, old.slug)
      on conflict (slug) do update set experience_id = excluded.experience_id, retired_at = now();
  end if;
  return null;
end $$;

create or replace trigger experiences_slug_history_trg after update of slug on experiences
  for each row execute function experiences_record_slug_change();
`;

// A CHECK cannot consult the time zone database; a trigger can (an unknown zone makes AT TIME ZONE raise).
export const timezoneRuleSql = `
create or replace function experiences_timezone_rule() returns trigger
language plpgsql as $$
begin
  begin
    perform now() at time zone new.timezone;
  exception when invalid_parameter_value then
    raise exception 'timezone "%" is not an IANA zone such as Europe/Paris', new.timezone
      using errcode = 'check_violation', constraint = 'experiences_timezone_check';
  end;
  return new;
end $$;

create or replace trigger experiences_timezone_trg before insert or update of timezone on experiences
  for each row execute function experiences_timezone_rule();
`;
