import type { CommandSpec } from '../args';
import { withDatabase } from '../open';
import { runTour } from '../tour';

export const tour: CommandSpec = {
  name: 'tour',
  async run(args) {
    await withDatabase(args, (d) => runTour(d), { requireSchema: true });
    return 0;
  },
};
