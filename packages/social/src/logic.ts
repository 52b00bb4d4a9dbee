import {
  loadSqlFolder,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
  writeGuardSql,
} from '@touriquest/core';
import {
  postComments,
  socialPosts,
  travelGroupMembers,
  travelGroups,
  userSocialProfiles,
  wishlists,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const socialLogic = loadSqlFolder('social', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const socialRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/social/src/logic.ts',
    standardTriggersSql([
      { table: userSocialProfiles, quiet: ['follower_count', 'following_count', 'post_count'] },
      { table: socialPosts, quiet: ['like_count', 'comment_count'] },
      { table: postComments },
      { table: travelGroups, quiet: ['member_count'] },
      { table: travelGroupMembers },
      { table: wishlists, redact: ['share_token'] },
    ]),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/social/src/logic.ts",
    writeGuardSql([
      {
        table: userSocialProfiles,
        derived: ['follower_count', 'following_count', 'post_count'],
        source: 'follows and posts (social_profile_init_counts starts a new profile from a recount)',
        updateOnly: true,
      },
      { table: socialPosts, derived: ['like_count', 'comment_count'], source: 'likes and comments' },
      { table: travelGroups, derived: ['member_count'], source: 'travel_group_members' },
    ]),
  ),
};
