import { pgEnum } from 'drizzle-orm/pg-core';
import {
  contentEntityTypes,
  mediaStatuses,
  moderationStatuses,
  searchEntityTypes,
  templateChannels,
} from '../constants';

export const mediaStatusEnum = pgEnum('media_status', mediaStatuses);
export const searchEntityTypeEnum = pgEnum('search_entity_type', searchEntityTypes);
export const contentEntityTypeEnum = pgEnum('content_entity_type', contentEntityTypes);
export const templateChannelEnum = pgEnum('template_channel', templateChannels);
export const moderationStatusEnum = pgEnum('moderation_status', moderationStatuses);
