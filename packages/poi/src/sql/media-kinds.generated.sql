-- Rendered from core's mediaKindSql in @touriquest/poi/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
create or replace function poi_images_media_kind() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_mime text;
begin
  select mime_type into v_mime from media_files where id = new.media_id;
  if v_mime is not null and split_part(v_mime, '/', 1) not in ('image') then
    raise exception 'media file % is %, but this slot takes image', new.media_id, v_mime
      using errcode = 'check_violation', constraint = 'poi_images_media_kind_check';
  end if;
  return new;
end $$;

create or replace trigger poi_images_media_kind_trg before insert or update of media_id on poi_images
  for each row execute function poi_images_media_kind();


create or replace function poi_audio_guides_media_kind() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_mime text;
begin
  select mime_type into v_mime from media_files where id = new.media_id;
  if v_mime is not null and split_part(v_mime, '/', 1) not in ('audio') then
    raise exception 'media file % is %, but this slot takes audio', new.media_id, v_mime
      using errcode = 'check_violation', constraint = 'poi_audio_guides_media_kind_check';
  end if;
  return new;
end $$;

create or replace trigger poi_audio_guides_media_kind_trg before insert or update of media_id on poi_audio_guides
  for each row execute function poi_audio_guides_media_kind();


create or replace function poi_ar_experiences_media_kind() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_mime text;
begin
  select mime_type into v_mime from media_files where id = new.asset_media_id;
  if v_mime is not null and split_part(v_mime, '/', 1) not in ('model', 'image', 'video') then
    raise exception 'media file % is %, but this slot takes model or image or video', new.asset_media_id, v_mime
      using errcode = 'check_violation', constraint = 'poi_ar_experiences_media_kind_check';
  end if;
  return new;
end $$;

create or replace trigger poi_ar_experiences_media_kind_trg before insert or update of asset_media_id on poi_ar_experiences
  for each row execute function poi_ar_experiences_media_kind();
