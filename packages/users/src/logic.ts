import { type DatabaseLogic, describeRules, standardTriggers } from '@touriquest/core';

describeRules({
  users_email_key: 'email is already in use by another account',
  users_username_key: 'username is already taken',
  users_email_format_check: 'email must look like name@example.com',
  users_username_format_check: 'username must be 3-30 characters of a-z, 0-9, _ or .',
  users_phone_e164_check: 'phone must be in E.164 form, e.g. +212600000000',
});

export const usersLogic: DatabaseLogic[] = [
  {
    name: 'users/triggers',
    sql: [standardTriggers('users')].join('\n'),
  },
];
