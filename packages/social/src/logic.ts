import { loadSqlFolder, type RenderedSql, renderedSqlFile, standardTriggersSql } from '@touriquest/core';
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
};
