-- touriquest:no-transaction
-- Ranked search at a million documents (issue 12): a common word took 230 ms because every matching document
-- of every locale was read, filtered by locale and scored before the top 20 were taken.
-- 1. btree_gin lets the full-text GIN index lead with the locale, so the index alone answers "this word in
--    this locale" (PGlite ships btree_gin too).
-- 2. search_index_locale_boost_idx is the candidate order of searchListings: for a word most documents of the
--    locale hold, the planner walks it in boost order and stops after the first candidates (queries/search.ts).
-- Built concurrently, one statement at a time, so search_index keeps taking writes; the old index goes last,
-- so search is never without one. Every statement is safe to repeat (the runner drops an INVALID leftover).
create extension if not exists btree_gin;
--> statement-breakpoint
create index concurrently if not exists "search_index_locale_search_vector_idx" on "search_index" using gin ("locale", "search_vector");
--> statement-breakpoint
create index concurrently if not exists "search_index_locale_boost_idx" on "search_index" using btree ("locale", "boost" desc nulls last, "entity_id") where "search_index"."is_visible";
--> statement-breakpoint
drop index concurrently if exists "search_index_search_vector_idx";
