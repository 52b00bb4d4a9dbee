create or replace function tq_content_versions_number() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'UPDATE' then
    if new.entity_type is distinct from old.entity_type or new.entity_id is distinct from old.entity_id
       or new.version is distinct from old.version or new.snapshot is distinct from old.snapshot then
      raise exception 'a content version cannot be rewritten'
        using errcode = 'check_violation', constraint = 'content_versions_immutable_check';
    end if;
    return new;
  end if;
  if new.version is null then
    perform pg_advisory_xact_lock(hashtextextended('content_versions:' || new.entity_type || ':' || new.entity_id, 0));
    select coalesce(max(version), 0) + 1 into new.version
      from content_versions where entity_type = new.entity_type and entity_id = new.entity_id;
  end if;
  return new;
end $$;

create or replace trigger content_versions_number_trg before insert or update on content_versions
  for each row execute function tq_content_versions_number();
