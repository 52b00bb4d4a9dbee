import { redactUrl } from '@touriquest/core';

/** Never let a URL with a password reach the terminal, whatever library wrote the message. */
export function redactSecrets(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/[^\s'"]+/g, (u) => redactUrl(u));
}
