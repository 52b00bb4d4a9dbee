/**
 * A named piece of repeatable SQL — functions, triggers and their attachment, comments: only what `create or
 * replace` truly replaces. Stateful objects (tables, constraints, indexes, views, roles, policies) are
 * versioned migrations. The runner re-applies an item when its checksum changes, and re-installs it when a
 * migration dropped one of its objects; objects removed from an item are dropped.
 */
export interface DatabaseLogic {
  name: string;
  sql: string;
  /** The file it was read from, for messages. */
  file?: string;
}
