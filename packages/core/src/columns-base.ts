import { timestamp } from 'drizzle-orm/pg-core';

/** timestamptz read as a JS Date; the one timestamp type of the schema. */
export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });
