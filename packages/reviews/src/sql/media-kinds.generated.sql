-- Rendered from core's mediaKindSql in @touriquest/reviews/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function review_images_media_kind() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_mime text;
begin
  select mime_type into v_mime from media_files where id = new.media_id;
  if v_mime is not null and split_part(v_mime, '/', 1) not in ('image') then
    raise exception 'media file % is %, but this slot takes image', new.media_id, v_mime
      using errcode = 'check_violation', constraint = 'review_images_media_kind_check';
  end if;
  return new;
end $$;

create or replace trigger review_images_media_kind_trg before insert or update of media_id on review_images
  for each row execute function review_images_media_kind();
