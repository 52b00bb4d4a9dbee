/**
 * Foreign keys from smart_recommendations to listing tables whose packages land after this one (pois,
 * experiences; properties' is declared in the schema). Named exactly as drizzle-kit would name
 * them and added once the listing table exists, so this package works while the listing packages land;
 * moving them to `.references()` later produces the same constraints.
 */
const refs: [column: string, target: string][] = [
  ['poi_id', 'pois'],
  ['experience_id', 'experiences'],
];

export const listingRefsSql = refs
  .map(([column, target]) => {
    const name = `smart_recommendations_${column}_${target}_id_fk`;
    return `
do $$
begin
  if to_regclass('public.${target}') is not null
     and not exists (select 1 from pg_constraint where conname = '${name}' and conrelid = 'public.smart_recommendations'::regclass) then
    alter table public.smart_recommendations add constraint ${name}
      foreign key (${column}) references public.${target}(id) on delete cascade;
  end if;
end $$;`;
  })
  .join('\n');
