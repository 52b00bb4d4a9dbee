import { pgEnum } from 'drizzle-orm/pg-core';
import {
  aiConversationStatuses,
  aiMessageRoles,
  clientPlatforms,
  healthStatuses,
  preferenceSources,
  systemSettingTypes,
} from '../constants';

export const aiConversationStatusEnum = pgEnum('ai_conversation_status', aiConversationStatuses);
export const aiMessageRoleEnum = pgEnum('ai_message_role', aiMessageRoles);
export const preferenceSourceEnum = pgEnum('preference_source', preferenceSources);
export const systemSettingTypeEnum = pgEnum('system_setting_type', systemSettingTypes);
/** Also used by the partitioned system_health_checks (hidden from the kit), so it lives here where the kit sees it. */
export const healthStatusEnum = pgEnum('health_status', healthStatuses);
/** Which client sent a behaviour event (partitioned user_behavior_events.platform, migration 0007). */
export const clientPlatformEnum = pgEnum('client_platform', clientPlatforms);
