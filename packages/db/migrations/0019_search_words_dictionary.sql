-- search_words: the dictionary of title words the typo-tolerant search matches a misspelt word against
-- (content/src/schema/search-words.ts). A new, empty table and its GiST trigram index: no lock on anything in use.
-- The words of existing documents arrive after the logic (the collecting triggers) is installed: afterDeploy runs
-- tq_search_words_backfill(), which fills an empty dictionary, so no document written in between is missed.
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	CONSTRAINT "search_words_word_check" CHECK (length("search_words"."word") between 1 and 200)
);
--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);
