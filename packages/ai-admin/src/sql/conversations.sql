
-- Counters move only from the message triggers (nested); inserts start empty, direct updates keep them.
create or replace function ai_conversation_counters_guard() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    new.message_count := 0;
    new.message_seq := 0;
    new.last_message_at := null;
  elsif pg_trigger_depth() <= 1 then
    new.message_count := old.message_count;
    new.message_seq := old.message_seq;
    new.last_message_at := old.last_message_at;
  end if;
  return new;
end $$;

create or replace trigger ai_conversations_counters_guard_trg before insert or update on ai_conversations
  for each row execute function ai_conversation_counters_guard();

create or replace function ai_message_append() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  update ai_conversations
     set message_seq = message_seq + 1,
         message_count = message_count + 1,
         last_message_at = greatest(last_message_at, new.created_at)
   where id = new.conversation_id
  returning message_seq into new.seq;
  -- No such conversation: let the foreign key say so.
  new.seq := coalesce(new.seq, 1);
  return new;
end $$;

create or replace trigger ai_messages_append_trg before insert on ai_messages
  for each row execute function ai_message_append();

create or replace function ai_message_removed() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  update ai_conversations
     set message_count = message_count - 1,
         last_message_at = (select max(m.created_at) from ai_messages m where m.conversation_id = old.conversation_id)
   where id = old.conversation_id;
  return null;
end $$;

create or replace trigger ai_messages_removed_trg after delete on ai_messages
  for each row execute function ai_message_removed();

-- A message stays in its conversation at its place; its content may still be corrected.
create or replace function ai_message_keep_place() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  if new.conversation_id <> old.conversation_id or new.seq <> old.seq or new.created_at <> old.created_at then
    raise exception 'a message cannot move to another conversation or place'
      using errcode = 'check_violation', constraint = 'ai_messages_fixed_place_check';
  end if;
  return new;
end $$;

create or replace trigger ai_messages_keep_place_trg before update on ai_messages
  for each row execute function ai_message_keep_place();
