-- search_words (schema/search-words.ts): every word of a search_index title, collected once per statement from
-- the transition table, so a bulk import adds one INSERT … SELECT DISTINCT, not a statement per row. Words are
-- the title's lexemes (weight A of search_vector): what the full-text index finds a document by. Inserted in
-- order, so two imports that share new words wait on each other instead of deadlocking; ON CONFLICT skips
-- words already known (a concurrent insert of the same word is waited for by the primary key, then skipped).
create or replace function tq_search_words_collect() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  insert into search_words (word)
  select distinct w
    from tq_search_changed n, unnest(tsvector_to_array(ts_filter(n.search_vector, '{a}'))) w
   where length(w) between 1 and 200
   order by w
  on conflict (word) do nothing;
  return null;
end $$;

create or replace trigger search_index_words_insert_trg after insert on search_index
  referencing new table as tq_search_changed for each statement execute function tq_search_words_collect();

create or replace trigger search_index_words_update_trg after update on search_index
  referencing new table as tq_search_changed for each statement execute function tq_search_words_collect();

-- After every deploy (db/src/migrate.ts afterDeploy): fills the dictionary when it is empty — the first deploy
-- of migration 0019 over existing documents, once the triggers above exist, so no document is missed.
create or replace function tq_search_words_backfill() returns bigint
language plpgsql set search_path = public, pg_temp as $$
declare
  v_added bigint;
begin
  if exists (select 1 from search_words) then
    return 0;
  end if;
  insert into search_words (word)
  select distinct w
    from search_index s, unnest(tsvector_to_array(ts_filter(s.search_vector, '{a}'))) w
   where length(w) between 1 and 200
  on conflict (word) do nothing;
  get diagnostics v_added = row_count;
  return v_added;
end $$;
