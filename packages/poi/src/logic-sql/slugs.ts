/**
 * Slug history, as properties: both slugs are locked (advisory, per slug) before the reservation check, so a
 * rename and a concurrent insert of the retired slug cannot both pass.
 */
export const slugHistorySql = `
create or replace function pois_slug_rules() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.slug is not distinct from old.slug then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('poi_slug:' || new.slug, 0));
  if tg_op = 'UPDATE' then
    perform pg_advisory_xact_lock(hashtextextended('poi_slug:' || old.slug, 0));
  end if;
  if exists (select 1 from poi_slug_history h where h.slug = new.slug and h.poi_id <> new.id) then
    raise exception 'slug "%" used to belong to another POI and still redirects there', new.slug
      using errcode = 'check_violation', constraint = 'pois_slug_reserved_check';
  end if;
  return new;
end $$;

create or replace trigger pois_slug_rules_trg before insert or update of slug on pois
  for each row execute function pois_slug_rules();

create or replace function pois_record_slug_change() returns trigger
language plpgsql as $$
begin
  if new.slug is distinct from old.slug then
    -- Taking back one of its own old slugs: that slug is current again, not a redirect.
    delete from poi_slug_history where slug = new.slug and poi_id = new.id;
    insert into poi_slug_history (poi_id, slug) values (new.id, old.slug)
      on conflict (slug) do update set poi_id = excluded.poi_id, retired_at = now();
  end if;
  return null;
end $$;

create or replace trigger pois_slug_history_trg after update of slug on pois
  for each row execute function pois_record_slug_change();
`;

// A CHECK cannot consult the time zone database; a trigger can (an unknown zone makes AT TIME ZONE raise).
export const timezoneRuleSql = `
create or replace function pois_timezone_rule() returns trigger
language plpgsql as $$
begin
  begin
    perform now() at time zone new.timezone;
  exception when invalid_parameter_value then
    raise exception 'timezone "%" is not an IANA zone such as Asia/Tokyo', new.timezone
      using errcode = 'check_violation', constraint = 'pois_timezone_check';
  end;
  return new;
end $$;

create or replace trigger pois_timezone_trg before insert or update of timezone on pois
  for each row execute function pois_timezone_rule();
`;
