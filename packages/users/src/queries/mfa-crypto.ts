/**
 * MFA secrets at rest: AES-256-GCM under a key the database never sees. The stored value is an envelope
 *
 *   v1:<key id>:<iv>:<ciphertext>:<tag>      (base64url without padding; iv 12 bytes, tag 16 bytes)
 *
 * `v1` names the scheme and the key id names the key, so keys can be rotated while old rows are still
 * readable. It starts with `v<n>:` because the migrated CHECK user_auth_mfa_secret_encrypted_check asks for
 * that; the trigger rule user_auth_mfa_secret_envelope_check (src/sql/mfa-secret-envelope.sql) and the zod
 * schema narrow it to exactly this shape. The user id is bound in as associated data: an envelope copied
 * onto another user's row does not decrypt.
 *
 * Keys come from TOURIQUEST_MFA_KEYS: `keyId:base64-32-byte-key` entries separated by commas, the current
 * key first, older keys after it for as long as rows may still be encrypted under them.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { MFA_KEY_ID_PATTERN, MFA_SECRET_ENVELOPE_PATTERN } from '../constants';

export const MFA_KEYS_ENV = 'TOURIQUEST_MFA_KEYS';
const SCHEME = 'v1';
const IV_BYTES = 12;

/** A missing or malformed key, or an envelope that does not decrypt: the message says which. */
export class MfaSecretError extends Error {
  override name = 'MfaSecretError';
}

export interface MfaKeyring {
  /** The key new envelopes are written under. */
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** `k2:base64,k1:base64` → a keyring whose current key is `k2`. */
export function parseMfaKeys(text: string): MfaKeyring {
  const keys = new Map<string, Buffer>();
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    if (at < 0 || !MFA_KEY_ID_PATTERN.test(id))
      throw new MfaSecretError(
        `${MFA_KEYS_ENV}: each entry is keyId:base64-key with a key id of 1-32 characters A-Z a-z 0-9 _ -`,
      );
    const key = Buffer.from(entry.slice(at + 1), 'base64');
    if (key.length !== 32)
      throw new MfaSecretError(`${MFA_KEYS_ENV}: key ${id} is ${key.length} bytes; AES-256 needs 32`);
    if (keys.has(id)) throw new MfaSecretError(`${MFA_KEYS_ENV}: key id ${id} appears twice`);
    keys.set(id, key);
  }
  const [currentKeyId] = keys.keys();
  if (!currentKeyId)
    throw new MfaSecretError(`${MFA_KEYS_ENV} is not set: MFA secrets cannot be encrypted or read`);
  return { currentKeyId, keys };
}

export function mfaKeyringFromEnv(env: NodeJS.ProcessEnv = process.env): MfaKeyring {
  return parseMfaKeys(env[MFA_KEYS_ENV] ?? '');
}

/** A fresh `keyId:base64` entry for TOURIQUEST_MFA_KEYS. */
export function generateMfaKey(keyId: string): string {
  if (!MFA_KEY_ID_PATTERN.test(keyId)) throw new MfaSecretError(`bad key id ${JSON.stringify(keyId)}`);
  return `${keyId}:${randomBytes(32).toString('base64')}`;
}

const aad = (userId: string) => Buffer.from(`touriquest:user_auth.mfa_secret:${userId}`);

export function encryptMfaSecret(seed: string, userId: string, keyring: MfaKeyring): string {
  if (!seed) throw new MfaSecretError('the MFA seed is empty');
  const keyId = keyring.currentKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.keys.get(keyId)!, iv).setAAD(aad(userId));
  const ciphertext = Buffer.concat([cipher.update(seed, 'utf8'), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((b) => b.toString('base64url'));
  return [SCHEME, keyId, ...parts].join(':');
}

/** The key id an envelope was written under (undefined when it is not an envelope). */
export function mfaEnvelopeKeyId(envelope: string): string | undefined {
  return MFA_SECRET_ENVELOPE_PATTERN.test(envelope) ? envelope.split(':')[1] : undefined;
}

export function decryptMfaSecret(envelope: string, userId: string, keyring: MfaKeyring): string {
  const keyId = mfaEnvelopeKeyId(envelope);
  if (!keyId) throw new MfaSecretError('the stored MFA secret is not a v1 envelope');
  const key = keyring.keys.get(keyId);
  if (!key)
    throw new MfaSecretError(
      `the MFA secret is encrypted under key ${keyId}, which ${MFA_KEYS_ENV} does not hold`,
    );
  const [, , iv, ciphertext, tag] = envelope.split(':').map((p) => Buffer.from(p, 'base64url'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv!).setAAD(aad(userId)).setAuthTag(tag!);
    return Buffer.concat([decipher.update(ciphertext!), decipher.final()]).toString('utf8');
  } catch {
    // GCM says only "unable to authenticate": a wrong key, another user's envelope or a tampered row.
    throw new MfaSecretError(
      `the MFA secret does not decrypt under key ${keyId} for this user (wrong key or altered value)`,
    );
  }
}
