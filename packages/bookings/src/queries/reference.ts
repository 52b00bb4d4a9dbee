import { randomInt } from 'node:crypto';

// Crockford-style alphabet without I, L, O, U: read over the phone without confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `TQ-` and 8 random characters (40 bits); the unique index catches the rare collision. */
export function generateBookingReference(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `TQ-${code}`;
}
