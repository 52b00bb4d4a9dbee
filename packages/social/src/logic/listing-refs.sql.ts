/**
 * Foreign keys from social tables to listing tables whose packages land after this one (pois,
 * experiences; properties' are declared in the schema). Named exactly as
 * drizzle-kit would name them, and added only once the listing table exists, so this package works while
 * the listing packages land; moving them to `.references()` later produces the same constraints.
 */
const refs: [table: string, column: string, target: string, onDelete: string][] = [
  ['wishlist_items', 'poi_id', 'pois', 'cascade'],
  ['wishlist_items', 'experience_id', 'experiences', 'cascade'],
  ['social_posts', 'poi_id', 'pois', 'set null'],
];

export function listingForeignKeysSql(list: typeof refs): string {
  return list
    .map(([table, column, target, onDelete]) => {
      const name = `${table}_${column}_${target}_id_fk`;
      return `
do $$
begin
  if to_regclass('public.${target}') is not null
     and not exists (select 1 from pg_constraint where conname = '${name}' and conrelid = 'public.${table}'::regclass) then
    alter table public.${table} add constraint ${name}
      foreign key (${column}) references public.${target}(id) on delete ${onDelete};
  end if;
end $$;`;
    })
    .join('\n');
}

export const listingRefsSql = listingForeignKeysSql(refs);
