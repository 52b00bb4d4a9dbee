create or replace function tq_reviews_recount(p_table text, p_col text, p_id uuid) returns void
language plpgsql set search_path = public, pg_temp as $$
begin
  if p_id is null then return; end if;
  execute format('select 1 from %I where id = $1 for no key update', p_table) using p_id;
  execute format($q$update %I t set
      rating_count = s.n,
      rating_avg = coalesce(round(s.avg, 2), 0)
    from (select count(*)::int as n, avg(rating)::numeric as avg from reviews
           where %I = $1 and status = 'published' and deleted_at is null) s
   where t.id = $1$q$, p_table, p_col) using p_id;
end $$;

create or replace function tq_reviews_rating_sync() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    perform tq_reviews_recount('properties', 'property_id', new.property_id);
    perform tq_reviews_recount('pois', 'poi_id', new.poi_id);
    perform tq_reviews_recount('experiences', 'experience_id', new.experience_id);
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    if tg_op = 'DELETE' or old.property_id is distinct from new.property_id then
      perform tq_reviews_recount('properties', 'property_id', old.property_id);
    end if;
    if tg_op = 'DELETE' or old.poi_id is distinct from new.poi_id then
      perform tq_reviews_recount('pois', 'poi_id', old.poi_id);
    end if;
    if tg_op = 'DELETE' or old.experience_id is distinct from new.experience_id then
      perform tq_reviews_recount('experiences', 'experience_id', old.experience_id);
    end if;
  end if;
  return null;
end $$;

create or replace trigger reviews_rating_sync_trg
  after insert or delete or update of rating, status, deleted_at, property_id, poi_id, experience_id on reviews
  for each row execute function tq_reviews_rating_sync();

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

create or replace trigger reviews_verified_stay_trg
  before insert or update of booking_id, experience_booking_id, author_id, property_id, experience_id on reviews
  for each row execute function tq_reviews_verified_stay();

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
