export interface MediaKindNames {
  /** The table holding a reference to content's `media_files`. */
  table: string;
  /** The referencing column, e.g. `media_id`. */
  column: string;
  /** Allowed top-level MIME types, e.g. `['image']` (`image/jpeg`, `image/webp`… pass). */
  kinds: string[];
}

/**
 * A photo slot must hold a photo and an audio guide audio: the kind of a referenced media file is checked
 * against the slot (`<table>_media_kind_check`). A CHECK cannot read media_files, so a trigger does, by
 * name only — core knows no content table. A missing file is left to the foreign key to report.
 */
export function mediaKindSql({ table: t, column, kinds }: MediaKindNames): string {
  const list = kinds.map((k) => `'${k}'`).join(', ');
  return `
create or replace function ${t}_media_kind() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_mime text;
begin
  select mime_type into v_mime from media_files where id = new.${column};
  if v_mime is not null and split_part(v_mime, '/', 1) not in (${list}) then
    raise exception 'media file % is %, but this slot takes ${kinds.join(' or ')}', new.${column}, v_mime
      using errcode = 'check_violation', constraint = '${t}_media_kind_check';
  end if;
  return new;
end $$;

create or replace trigger ${t}_media_kind_trg before insert or update of ${column} on ${t}
  for each row execute function ${t}_media_kind();
`;
}
