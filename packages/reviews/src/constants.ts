export const reviewStatuses = ['pending', 'published', 'hidden', 'flagged'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
