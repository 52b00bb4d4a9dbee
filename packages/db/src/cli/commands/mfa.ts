import { MfaSecretError, mfaKeyringFromEnv, rotateMfaSecrets } from '@touriquest/users';
import { CliError, type CommandSpec, intOption } from '../args';
import { withDatabase } from '../open';

export const rotateMfaKey: CommandSpec = {
  name: 'rotate-mfa-key',
  async run(args) {
    const batchSize = intOption(args.values['batch-size'], 'batch-size', 500);
    if (batchSize < 1) throw new CliError('--batch-size must be at least 1', 2);
    try {
      const keyring = mfaKeyringFromEnv();
      const r = await withDatabase(args, (d) => rotateMfaSecrets(d.db, keyring, { batchSize }), {
        requireSchema: true,
      });
      console.log(
        `rotate-mfa-key: ${r.rotated} secret(s) re-encrypted under key ${r.keyId} (${r.current} already were)`,
      );
      return 0;
    } catch (err) {
      if (err instanceof MfaSecretError) throw new CliError(`rotate-mfa-key: ${err.message}`);
      throw err;
    }
  },
};
