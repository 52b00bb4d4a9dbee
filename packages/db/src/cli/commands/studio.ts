import type { PGlite } from '@electric-sql/pglite';
import { runDrizzleKit, servePglite } from '../../push';
import { type CommandSpec, intOption } from '../args';
import { openDatabase } from '../open';

export const studio: CommandSpec = {
  name: 'studio',
  async run(args) {
    const database = await openDatabase(args);
    try {
      if (database.engine === 'postgres') {
        return (await runDrizzleKit(['studio'], database.url!, { inherit: true })).code;
      }
      const port = args.values['socket-port']
        ? intOption(args.values['socket-port'], 'socket-port', 0)
        : undefined;
      const served = await servePglite(database.client as PGlite, port);
      console.log(`studio: embedded database served at ${served.url}`);
      try {
        return (await runDrizzleKit(['studio'], served.url, { inherit: true })).code;
      } finally {
        await served.stop();
      }
    } finally {
      await database.close();
    }
  },
};
