import {
  loadSqlFolder,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
  writeGuardSql,
} from '@touriquest/core';
import {
  bookingCancellations,
  bookingMessages,
  bookingModifications,
  bookingPayments,
  bookings,
  experienceBookings,
} from './schema';

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const bookingsLogic = loadSqlFolder('bookings', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const bookingsRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/bookings/src/logic.ts',
    standardTriggersSql([
      { table: bookings },
      { table: bookingPayments },
      { table: bookingModifications },
      { table: bookingCancellations },
      { table: experienceBookings },
      { table: bookingMessages, audit: false },
    ]),
  ),
  'write-guard.generated.sql': renderedSqlFile(
    "core's writeGuardSql in @touriquest/bookings/src/logic.ts",
    writeGuardSql([
      {
        table: bookingPayments,
        derived: ['captured_minor', 'refunded_minor'],
        source:
          "the ledger (payment_transactions); the payment's status must agree (booking_payments_status_amounts_check)",
      },
    ]),
  ),
};
