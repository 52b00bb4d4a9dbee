import type { DatabaseLogic } from '@touriquest/core';

export * from './schema';

/** This package's database logic (triggers, functions, exclusion constraints), applied after migrations and push. */
export const usersLogic: DatabaseLogic[] = [];
