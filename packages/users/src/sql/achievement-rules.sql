create or replace function users_award_on_completion() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.progress = 100 and new.awarded_at is null then
    new.awarded_at := now();
  end if;
  return new;
end $$;

create or replace trigger user_achievements_award_trg before insert or update on user_achievements
  for each row execute function users_award_on_completion();
