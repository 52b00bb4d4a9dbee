import { defineRules } from './errors';

/**
 * Every rule core's own tables raise (audit log, currencies and rates, outbox, partition policies): the stable
 * code a service switches on and the sentence it shows. Domain packages declare theirs in their `src/rules.ts`;
 * `packages/db/test/rules-tables.test.ts` holds every table equal to the catalog and to the SQL, both ways.
 */
export const coreRules = defineRules({
  audit_log_append_only: {
    code: 'not_allowed',
    message: 'the audit log is append-only: history is never edited, deleted or truncated',
  },
  audit_log_action_check: {
    code: 'invalid_input',
    message: 'an audit action is insert, update, delete, soft_delete or restore',
  },
  currencies_code_check: {
    code: 'invalid_input',
    message: 'a currency code is three upper-case letters (ISO 4217)',
  },
  currencies_minor_unit_check: { code: 'invalid_input', message: 'a currency has 0 to 4 minor-unit digits' },
  exchange_rates_pkey: {
    code: 'already_exists',
    message: 'a rate for this currency pair and day exists already',
  },
  exchange_rates_rate_check: {
    code: 'invalid_input',
    message: 'an exchange rate is a finite number above 0',
  },
  exchange_rates_distinct_currencies_check: {
    code: 'invalid_input',
    message: 'an exchange rate converts between two different currencies',
  },
  outbox_events_topic_check: {
    code: 'invalid_input',
    message: 'an outbox topic is dotted lower-case words, e.g. booking.confirmed',
  },
  outbox_events_payload_object_check: {
    code: 'invalid_input',
    message: 'an outbox payload must be a JSON object',
  },
  partition_policies_premake_months_check: {
    code: 'invalid_input',
    message: 'partitions are made 0 to 24 months ahead',
  },
});
