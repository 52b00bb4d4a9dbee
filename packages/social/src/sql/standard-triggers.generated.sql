-- Rendered from standardTriggersSql in @touriquest/social/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- user_social_profiles
create or replace trigger user_social_profiles_touch_trg before update on user_social_profiles
  for each row execute function tq_touch_row();
create or replace trigger user_social_profiles_stamp_actor_trg before insert or update on user_social_profiles
  for each row execute function tq_stamp_actor();
create or replace trigger user_social_profiles_audit_insert_trg after insert on user_social_profiles
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:follower_count', 'quiet:following_count', 'quiet:post_count');
create or replace trigger user_social_profiles_audit_update_trg after update on user_social_profiles
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:follower_count', 'quiet:following_count', 'quiet:post_count');
create or replace trigger user_social_profiles_audit_delete_trg after delete on user_social_profiles
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:follower_count', 'quiet:following_count', 'quiet:post_count');

-- social_posts
create or replace trigger social_posts_touch_trg before update on social_posts
  for each row execute function tq_touch_row();
create or replace trigger social_posts_stamp_actor_trg before insert or update on social_posts
  for each row execute function tq_stamp_actor();
create or replace trigger social_posts_soft_delete_trg before update on social_posts
  for each row execute function tq_stamp_soft_delete();
create or replace trigger social_posts_audit_insert_trg after insert on social_posts
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:like_count', 'quiet:comment_count');
create or replace trigger social_posts_audit_update_trg after update on social_posts
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:like_count', 'quiet:comment_count');
create or replace trigger social_posts_audit_delete_trg after delete on social_posts
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:like_count', 'quiet:comment_count');

-- post_comments
create or replace trigger post_comments_touch_trg before update on post_comments
  for each row execute function tq_touch_row();
create or replace trigger post_comments_stamp_actor_trg before insert or update on post_comments
  for each row execute function tq_stamp_actor();
create or replace trigger post_comments_soft_delete_trg before update on post_comments
  for each row execute function tq_stamp_soft_delete();
create or replace trigger post_comments_audit_insert_trg after insert on post_comments
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger post_comments_audit_update_trg after update on post_comments
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger post_comments_audit_delete_trg after delete on post_comments
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- travel_groups
create or replace trigger travel_groups_touch_trg before update on travel_groups
  for each row execute function tq_touch_row();
create or replace trigger travel_groups_stamp_actor_trg before insert or update on travel_groups
  for each row execute function tq_stamp_actor();
create or replace trigger travel_groups_audit_insert_trg after insert on travel_groups
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:member_count');
create or replace trigger travel_groups_audit_update_trg after update on travel_groups
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('quiet:member_count');
create or replace trigger travel_groups_audit_delete_trg after delete on travel_groups
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('quiet:member_count');

-- travel_group_members
create or replace trigger travel_group_members_touch_trg before update on travel_group_members
  for each row execute function tq_touch_row();
create or replace trigger travel_group_members_stamp_actor_trg before insert or update on travel_group_members
  for each row execute function tq_stamp_actor();
create or replace trigger travel_group_members_audit_insert_trg after insert on travel_group_members
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger travel_group_members_audit_update_trg after update on travel_group_members
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows();
create or replace trigger travel_group_members_audit_delete_trg after delete on travel_group_members
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows();

-- wishlists
create or replace trigger wishlists_touch_trg before update on wishlists
  for each row execute function tq_touch_row();
create or replace trigger wishlists_stamp_actor_trg before insert or update on wishlists
  for each row execute function tq_stamp_actor();
create or replace trigger wishlists_audit_insert_trg after insert on wishlists
  referencing new table as tq_audited_new
  for each statement execute function tq_audit_rows('share_token');
create or replace trigger wishlists_audit_update_trg after update on wishlists
  referencing old table as tq_audited_old new table as tq_audited_new
  for each statement execute function tq_audit_rows('share_token');
create or replace trigger wishlists_audit_delete_trg after delete on wishlists
  referencing old table as tq_audited_old
  for each statement execute function tq_audit_rows('share_token');
