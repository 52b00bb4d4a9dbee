import { pgEnum } from 'drizzle-orm/pg-core';
import {
  aiConversationStatuses,
  aiMessageRoles,
  healthStatuses,
  preferenceSources,
  systemSettingTypes,
} from '../constants';

export const aiConversationStatusEnum = pgEnum('ai_conversation_status', aiConversationStatuses);
export const aiMessageRoleEnum = pgEnum('ai_message_role', aiMessageRoles);
export const preferenceSourceEnum = pgEnum('preference_source', preferenceSources);
export const systemSettingTypeEnum = pgEnum('system_setting_type', systemSettingTypes);
/** Used by the partitioned system_health_checks (created in logic SQL), so it must exist in the kit's schema. */
export const healthStatusEnum = pgEnum('health_status', healthStatuses);
