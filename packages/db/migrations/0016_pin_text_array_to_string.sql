-- tq_text_array_to_string (made in 0000, used by the generated column pois.search_vector) runs under a
-- pinned search_path like every other function of ours (splinter 0011). It is never inlined (an immutable
-- function over a stable body), so the pin costs no plan change. The push path's copy in core's bootstrap.ts
-- says the same. uuid_generate_v7 stays unpinned on purpose: function-lints.test.ts says why.
alter function tq_text_array_to_string(text[], text) set search_path = public, pg_temp;
