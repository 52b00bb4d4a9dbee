import { e164PhoneSchema, emailSchema, localeSchema, metadataSchema } from '@touriquest/core';
import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { USERNAME_PATTERN } from './constants';
import { users } from './schema/users';

// Refinements are callbacks so drizzle-zod still applies each column's optional/nullable rules
// (a plain schema would replace the column's schema wholesale and make defaulted columns required).
const userRefinements = {
  email: () => emailSchema,
  username: () => z.string().regex(USERNAME_PATTERN, 'username must be 3-30 characters of a-z, 0-9, _ or .'),
  phone: () => e164PhoneSchema,
  locale: () => localeSchema,
  metadata: () => metadataSchema,
};

export const insertUserSchema = createInsertSchema(users, userRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  deletedBy: true,
  createdBy: true,
  updatedBy: true,
});
export const updateUserSchema = createUpdateSchema(users, userRefinements).omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  createdBy: true,
  updatedBy: true,
});
export const selectUserSchema = createSelectSchema(users);
export * from './validation-extra';
