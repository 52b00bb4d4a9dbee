import {
  loadSqlFolder,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
  timezoneRuleSql,
} from '@touriquest/core';
import {
  achievements,
  travelHistory,
  travelStats,
  userAchievements,
  userAuth,
  userIdentities,
  userOnboarding,
  userPreferences,
  userProfiles,
  userSocialConnections,
  users,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const usersLogic = loadSqlFolder('users', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const usersRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/users/src/logic.ts',
    standardTriggersSql([
      { table: users },
      { table: userProfiles },
      {
        table: userAuth,
        redact: [
          'password_hash',
          'mfa_secret_encrypted',
          'mfa_recovery_code_hashes',
          'password_reset_token_hash',
          'email_verification_token_hash',
        ],
      },
      { table: userIdentities },
      { table: userSocialConnections },
      { table: userPreferences },
      { table: userOnboarding, audit: false },
      { table: userAchievements, audit: false },
      { table: travelHistory },
      { table: achievements },
      // Derived from travel_history by trigger: kept fresh, not audited.
      { table: travelStats, audit: false },
    ]),
  ),
  'timezone-rule.generated.sql': renderedSqlFile(
    "core's timezoneRuleSql in @touriquest/users/src/logic.ts",
    timezoneRuleSql({ table: 'users', example: 'Africa/Casablanca' }),
  ),
};
