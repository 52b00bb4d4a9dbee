-- Rendered from standardTriggersSql in @touriquest/social/src/logic.ts by `pnpm sql:render`: edit the generator, not this file.
-- user_social_profiles

-- social_posts

-- post_comments
create or replace trigger post_comments_audit_trg after insert or update or delete on post_comments
  for each row execute function tq_audit_row();

-- travel_groups

-- travel_group_members
create or replace trigger travel_group_members_audit_trg after insert or update or delete on travel_group_members
  for each row execute function tq_audit_row();

-- wishlists
create or replace trigger wishlists_audit_trg after insert or update or delete on wishlists
  for each row execute function tq_audit_row('share_token');
