-- touriquest:no-transaction
-- search_words: the dictionary of title words the typo-tolerant search matches a misspelt word against
-- (content/src/schema/search-words.ts). A new, empty table and its GiST trigram index: nothing in use is locked
-- (the index is built concurrently all the same, so the file reads like every other index migration). Safe to
-- repeat. The words of existing documents arrive after the logic (the collecting triggers) is installed:
-- afterDeploy runs tq_search_words_backfill(), which fills an empty dictionary, so no document written in
-- between is missed.
create table if not exists "search_words" (
	"word" text primary key not null,
	constraint "search_words_word_check" check (length("search_words"."word") between 1 and 200)
);
--> statement-breakpoint
create index concurrently if not exists "search_words_word_trgm_idx" on "search_words" using gist ("word" gist_trgm_ops);
