-- Rendered from standardTriggersSql in @touriquest/social/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- user_social_profiles
create or replace trigger user_social_profiles_touch_trg before update on user_social_profiles
  for each row execute function tq_touch_row();
create or replace trigger user_social_profiles_stamp_actor_trg before insert or update on user_social_profiles
  for each row execute function tq_stamp_actor();

-- social_posts
create or replace trigger social_posts_touch_trg before update on social_posts
  for each row execute function tq_touch_row();
create or replace trigger social_posts_stamp_actor_trg before insert or update on social_posts
  for each row execute function tq_stamp_actor();
create or replace trigger social_posts_soft_delete_trg before update on social_posts
  for each row execute function tq_stamp_soft_delete();

-- post_comments
create or replace trigger post_comments_touch_trg before update on post_comments
  for each row execute function tq_touch_row();
create or replace trigger post_comments_stamp_actor_trg before insert or update on post_comments
  for each row execute function tq_stamp_actor();
create or replace trigger post_comments_soft_delete_trg before update on post_comments
  for each row execute function tq_stamp_soft_delete();
create or replace trigger post_comments_audit_trg after insert or update or delete on post_comments
  for each row execute function tq_audit_row();

-- travel_groups
create or replace trigger travel_groups_touch_trg before update on travel_groups
  for each row execute function tq_touch_row();
create or replace trigger travel_groups_stamp_actor_trg before insert or update on travel_groups
  for each row execute function tq_stamp_actor();

-- travel_group_members
create or replace trigger travel_group_members_touch_trg before update on travel_group_members
  for each row execute function tq_touch_row();
create or replace trigger travel_group_members_stamp_actor_trg before insert or update on travel_group_members
  for each row execute function tq_stamp_actor();
create or replace trigger travel_group_members_audit_trg after insert or update or delete on travel_group_members
  for each row execute function tq_audit_row();

-- wishlists
create or replace trigger wishlists_touch_trg before update on wishlists
  for each row execute function tq_touch_row();
create or replace trigger wishlists_stamp_actor_trg before insert or update on wishlists
  for each row execute function tq_stamp_actor();
create or replace trigger wishlists_audit_trg after insert or update or delete on wishlists
  for each row execute function tq_audit_row('share_token');
