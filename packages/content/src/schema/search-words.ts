import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The dictionary of title words (the lexemes of search_index titles, weight A), for the typo-tolerant search:
 * a misspelt word is matched against this short list by trigram distance (search_words_word_trgm_idx, GiST,
 * index-ordered), and the documents holding the words found come from the full-text index. Matching a misspelt
 * word against a million whole titles read 115,000 candidates to keep 10 (pg_trgm's documentation recommends
 * this word list). Filled by search_index's triggers (src/sql/search-words.sql); a word whose last listing went
 * away stays and simply finds nothing.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text().primaryKey(),
  },
  (t) => [
    index('search_words_word_trgm_idx').using('gist', t.word.op('gist_trgm_ops')),
    check('search_words_word_check', sql`length(${t.word}) between 1 and 200`),
  ],
);

export type SearchWord = typeof searchWords.$inferSelect;
