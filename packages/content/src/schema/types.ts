import { customType } from 'drizzle-orm/pg-core';

/** A text-search configuration name (`english`, `french`, `simple`…), stored so per-row vectors stay immutable. */
export const regconfig = customType<{ data: string; driverData: string }>({
  dataType: () => 'regconfig',
});
