import { MfaSecretError, mfaKeyringFromEnv, rotateMfaSecrets } from '@touriquest/users';
import { CliError, type CommandSpec, intOption } from '../args';
import { withDatabase } from '../open';

export const rotateMfaKey: CommandSpec = {
  name: 'rotate-mfa-key',
  usage: 'rotate-mfa-key [--batch-size N]',
  options: { 'batch-size': { type: 'string' } },
  details: [
    'TOURIQUEST_MFA_KEYS: keyId:base64-32-byte-key entries, comma-separated, the new (current) key first and',
    'every older key still in use after it. When this reports, the older keys can be removed from it.',
    'Each batch commits on its own: a run that stops (missing key, altered row) can simply be run again.',
  ],
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
