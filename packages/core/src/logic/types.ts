/**
 * A named piece of idempotent SQL that drizzle-kit cannot express (functions, triggers, exclusion
 * constraints, partitioned tables). The runner re-applies it whenever its checksum changes, after the
 * drizzle migrations and after every push, so both paths install the same objects ("repeatable migration").
 */
export interface DatabaseLogic {
  name: string;
  sql: string;
}
