/** The shared harness's user factory and zod-and-database check, plus content's own id helper. */
export { makeUser, refusedByBoth } from '@touriquest/testing';

/** A fresh uuid: polymorphic rows point at entities by id only. */
export const uuid = () => crypto.randomUUID();
