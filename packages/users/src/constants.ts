// Value lists shared by the pgEnums and the zod schemas, so the two can never disagree.
export const userStatuses = ['pending_verification', 'active', 'suspended', 'deactivated'] as const;
export const userRoles = ['traveler', 'host', 'guide', 'moderator', 'admin'] as const;
export const identityProviders = ['google', 'facebook', 'apple', 'github', 'microsoft', 'twitter'] as const;
export const socialConnectionStatuses = ['pending', 'accepted', 'declined', 'blocked'] as const;
export const travelStyles = [
  'budget',
  'comfort',
  'luxury',
  'backpacker',
  'family',
  'business',
  'adventure',
] as const;
export const unitSystems = ['metric', 'imperial'] as const;

export const USERNAME_PATTERN = /^[a-z0-9_.]{3,30}$/;
export const onboardingSteps = [
  'welcome',
  'profile',
  'interests',
  'preferences',
  'verify_email',
  'first_trip',
  'done',
] as const;

/** A key id of TOURIQUEST_MFA_KEYS, as named inside each envelope. */
export const MFA_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/**
 * The MFA secret envelope `v1:<key id>:<iv>:<ciphertext>:<tag>` (AES-256-GCM, base64url: 12-byte iv, 16-byte
 * tag), twin of the trigger rule user_auth_mfa_secret_envelope_check; see queries/mfa-crypto.ts.
 */
export const MFA_SECRET_ENVELOPE_PATTERN =
  /^v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{2,}:[A-Za-z0-9_-]{22}$/;
/** argon2id/i/d, bcrypt ($2a/$2b/$2y) or scrypt in PHC/modular-crypt form: never a plain password. */
export const PASSWORD_HASH_PATTERN = /^\$(argon2(id|i|d)|2[aby]|scrypt)\$/;
/** sha256 hex: what every stored token hash (sessions, reset, verification, recovery codes) looks like. */
export const TOKEN_HASH_PATTERN = /^[0-9a-f]{64}$/;
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;
export const TAG_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const ACHIEVEMENT_CODE_PATTERN = /^[a-z0-9_]{2,64}$/;
export const BIO_MAX_LENGTH = 2000;
