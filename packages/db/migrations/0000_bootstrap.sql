-- Extensions and functions the tables need (uuid_generate_v7 is every id's default). Idempotent.
create extension if not exists postgis;
--> statement-breakpoint
create extension if not exists pg_trgm;
--> statement-breakpoint
create extension if not exists btree_gist;
--> statement-breakpoint
create extension if not exists citext;
--> statement-breakpoint
create extension if not exists ltree;
--> statement-breakpoint
create extension if not exists unaccent;
--> statement-breakpoint
create or replace function uuid_generate_v7() returns uuid
language sql volatile parallel safe
as $$
  select encode(
    set_bit(
      set_bit(
        overlay(uuid_send(gen_random_uuid())
          placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
          from 1 for 6),
        52, 1),
      53, 1),
    'hex')::uuid
$$;
--> statement-breakpoint
create or replace function tq_text_array_to_string(arr text[], sep text) returns text
language sql immutable parallel safe
as $$ select array_to_string(arr, sep) $$;
