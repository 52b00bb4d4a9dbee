-- Listing ratings (rating_count, rating_sum, rating_avg) move by deltas, once per statement: each counted
-- review (published, not deleted) contributes +1 and its rating, each one that stops counting −1 and minus its
-- rating, summed per listing over the transition tables. 5,000 reviews of one listing in one INSERT are one
-- UPDATE of that listing, not 5,000 recounts of its reviews under its lock. Concurrent writers serialise on
-- the listing row and add their deltas to what the last one committed, so the sums stay exact. The listing
-- rows are locked in id order first (the *_locked statement), so two imports, or an import and a bulk booking that
-- locks the same properties in id order, queue instead of deadlocking. The listing rows are written by a
-- trigger (pg_trigger_depth() > 1), which their write guards let through.
create or replace function tq_reviews_rating_deltas() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_rows text := case tg_op
    when 'INSERT' then 'select *, 1 as sign from tq_reviews_new'
    when 'DELETE' then 'select *, -1 as sign from tq_reviews_old'
    else 'select *, 1 as sign from tq_reviews_new union all select *, -1 as sign from tq_reviews_old' end;
  v_sql text := 'with counted as (select r.property_id, r.poi_id, r.experience_id, r.sign, r.rating from ('
    || v_rows || ') r where r.status = ''published'' and r.deleted_at is null)';
  v_locks text := '';
  v_moves text := '';
  v_target record;
begin
  for v_target in select * from (values ('properties', 'property_id'), ('pois', 'poi_id'),
                                        ('experiences', 'experience_id')) t (tab, col) loop
    v_sql := v_sql || format($q$,
      %1$s_delta as (select %2$I as id, sum(sign)::int as dn, sum(sign * rating)::int as ds from counted
                      where %2$I is not null group by 1 having sum(sign) <> 0 or sum(sign * rating) <> 0)$q$,
      v_target.tab, v_target.col);
    v_locks := v_locks || format($q$,
      %1$s_locked as (select 1 from %1$I t where t.id in (select id from %1$s_delta) order by t.id
                      for no key update)$q$, v_target.tab);
    v_moves := v_moves || format($q$,
      %1$s_moved as (update %1$I t set rating_count = t.rating_count + d.dn, rating_sum = t.rating_sum + d.ds,
                            rating_avg = coalesce(round((t.rating_sum + d.ds)::numeric / nullif(t.rating_count + d.dn, 0), 2), 0)
                       from %1$s_delta d where t.id = d.id returning 1)$q$, v_target.tab);
  end loop;
  -- Two statements: a locking CTE joined into the UPDATE can be rescanned per row (quadratic).
  execute v_sql || v_locks || ' select (select count(*) from properties_locked) + (select count(*) from pois_locked)'
                || ' + (select count(*) from experiences_locked)';
  execute v_sql || v_moves || ' select (select count(*) from properties_moved) + (select count(*) from pois_moved)'
                || ' + (select count(*) from experiences_moved)';
  return null;
end $$;

create or replace trigger reviews_rating_insert_trg after insert on reviews
  referencing new table as tq_reviews_new
  for each statement execute function tq_reviews_rating_deltas();
create or replace trigger reviews_rating_update_trg after update on reviews
  referencing old table as tq_reviews_old new table as tq_reviews_new
  for each statement execute function tq_reviews_rating_deltas();
create or replace trigger reviews_rating_delete_trg after delete on reviews
  referencing old table as tq_reviews_old
  for each statement execute function tq_reviews_rating_deltas();

-- Recount listings' ratings from their reviews and fix those that differ. By default only listings whose
-- figures disagree with themselves (average ≠ sum / count, or a sum outside count…5 × count) — the shape a
-- missed delta leaves, e.g. a listing reviewed under the previous release, before rating_sum existed;
-- `p_all => true` recounts every listing. Review writes are held back while it recounts (share lock), so none
-- slips in between. Every deploy runs the default form (afterDeploy in packages/db/src/migrate.ts), in the
-- transaction that installs the triggers above. It writes derived columns directly, so only the tables'
-- owner (touriquest_migrator) can run it.
create or replace function tq_reviews_reconcile_ratings(p_all boolean default false) returns integer
language plpgsql set search_path = public, pg_temp as $$
declare
  v_target record;
  v_fixed integer := 0;
  v_n integer;
  v_ids uuid[];
begin
  for v_target in select * from (values ('properties', 'property_id'), ('pois', 'poi_id'),
                                        ('experiences', 'experience_id')) t (tab, col) loop
    execute format($q$select array_agg(id) from %I
       where $1 or rating_avg is distinct from coalesce(round(rating_sum::numeric / nullif(rating_count, 0), 2), 0)
          or rating_sum not between rating_count and 5 * rating_count$q$, v_target.tab)
      into v_ids using p_all;
    continue when v_ids is null;
    lock table reviews in share mode;
    execute format($q$
      update %1$I t set rating_count = s.n, rating_sum = s.total,
             rating_avg = coalesce(round(s.total::numeric / nullif(s.n, 0), 2), 0)
        from (select l.id, coalesce(r.n, 0) as n, coalesce(r.total, 0) as total
                from unnest($1::uuid[]) l (id)
                left join (select %2$I as id, count(*)::int as n, sum(rating)::int as total from reviews
                            where %2$I = any($1) and status = 'published' and deleted_at is null group by 1) r
                       on r.id = l.id) s
       where t.id = s.id and (t.rating_count, t.rating_sum, t.rating_avg)
             is distinct from (s.n, s.total, coalesce(round(s.total::numeric / nullif(s.n, 0), 2), 0))$q$,
      v_target.tab, v_target.col) using v_ids;
    get diagnostics v_n = row_count;
    v_fixed := v_fixed + v_n;
  end loop;
  return v_fixed;
end $$;

-- A booking on a review of another kind of listing is left to reviews_booking_target_check (named clearly).
create or replace function tq_reviews_verified_stay() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.booking_id is not null and new.property_id is not null and not exists (
       select 1 from bookings b where b.id = new.booking_id and b.guest_id = new.author_id
          and b.status = 'completed' and b.property_id = new.property_id) then
    raise exception 'booking % is not a completed stay of this author at this property', new.booking_id
      using errcode = 'check_violation', constraint = 'reviews_verified_stay_check';
  end if;
  if new.experience_booking_id is not null and new.experience_id is not null and not exists (
       select 1 from experience_bookings eb join experience_schedules s on s.id = eb.schedule_id
        where eb.id = new.experience_booking_id and eb.user_id = new.author_id
          and eb.status = 'completed' and s.experience_id = new.experience_id) then
    raise exception 'experience booking % is not a completed booking of this author for this experience',
        new.experience_booking_id
      using errcode = 'check_violation', constraint = 'reviews_verified_experience_check';
  end if;
  return new;
end $$;

-- Per row and BEFORE, so that a review naming someone else's stay is refused as that, not as a second review
-- of the booking (reviews_author_id_booking_id_key). The WHEN clause is judged without calling the function:
-- a bulk import of reviews that name no booking costs nothing here.
create or replace trigger reviews_verified_stay_trg
  before insert or update of booking_id, experience_booking_id, author_id, property_id, experience_id on reviews
  for each row when (new.booking_id is not null or new.experience_booking_id is not null)
  execute function tq_reviews_verified_stay();

-- A helpful vote is another traveller's opinion: an author voting up their own review would game the ranking.
create or replace function tq_review_votes_not_own() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if exists (select 1 from reviews r where r.id = new.review_id and r.author_id = new.user_id) then
    raise exception 'user % wrote review % and cannot vote on it', new.user_id, new.review_id
      using errcode = 'check_violation', constraint = 'review_helpful_votes_own_review_check';
  end if;
  return new;
end $$;

create or replace trigger review_helpful_votes_not_own_trg
  before insert or update of review_id, user_id on review_helpful_votes
  for each row execute function tq_review_votes_not_own();

create or replace function tq_review_votes_sync() returns trigger
language plpgsql set search_path = public, pg_temp as $$
declare
  v_id uuid;
begin
  foreach v_id in array array[case when tg_op <> 'INSERT' then old.review_id end,
                              case when tg_op <> 'DELETE' then new.review_id end] loop
    continue when v_id is null;
    perform 1 from reviews where id = v_id for no key update;
    update reviews set helpful_count =
      (select count(*) from review_helpful_votes where review_id = v_id and is_helpful)
     where id = v_id;
  end loop;
  return null;
end $$;

create or replace trigger review_helpful_votes_sync_trg after insert or update or delete on review_helpful_votes
  for each row execute function tq_review_votes_sync();
