/** as-const lists feeding both the pgEnums and the zod schemas. */
export const poiStatuses = [
  'draft',
  'pending_review',
  'active',
  'temporarily_closed',
  'closed',
  'archived',
] as const;
export type PoiStatus = (typeof poiStatuses)[number];

export const arExperienceKinds = ['overlay', 'reconstruction', 'model_3d', 'game'] as const;
export type ArExperienceKind = (typeof arExperienceKinds)[number];

export const arPlatforms = ['ios', 'android', 'web'] as const;
export type ArPlatform = (typeof arPlatforms)[number];
