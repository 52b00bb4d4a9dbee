import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { CommandSpec } from '../args';
import { erdDir, erdPath, renderErd } from '../erd';

export const erd: CommandSpec = {
  name: 'erd',
  async run(args) {
    const files = renderErd();
    if (args.values.check) {
      const stale = [...files].filter(
        ([f, text]) => !existsSync(erdPath(f)) || readFileSync(erdPath(f), 'utf8') !== text,
      );
      for (const [f] of stale) console.log(`stale: docs/erd/${f}`);
      console.log(stale.length ? 'erd: run `pnpm exec touriquest-db erd`' : 'erd: up to date');
      return stale.length ? 1 : 0;
    }
    mkdirSync(erdDir, { recursive: true });
    for (const f of readdirSync(erdDir)) if (f.endsWith('.md') && !files.has(f)) rmSync(erdPath(f));
    for (const [f, text] of files) writeFileSync(erdPath(f), text);
    console.log(`erd: wrote ${files.size} file(s) to docs/erd/`);
    return 0;
  },
};
