// Value lists (`as const`) feeding the pgEnums and zod, and their types
export {
  blockingBookingStatuses,
  bookingStatuses,
  bookingTransitions,
  experienceBookingStatuses,
  modificationStatuses,
  modificationTypes,
  paymentMethods,
  paymentStatuses,
  refundShare,
  refundStatuses,
  transactionKinds,
} from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { bookingsLogic, bookingsRenderedSql } from './logic';
// Queries: availability
export {
  findAvailableProperties,
  findAvailablePropertiesQuery,
  isPropertyAvailable,
} from './queries/availability';
// Queries: errors
export { asBookingErrors, BookingError, type BookingErrorCode, toBookingError } from './queries/errors';
// Queries: experience seats
export { bookExperienceSeats } from './queries/experience-seats';
// Queries: maintenance
export { expireBookingHolds, refreshHostPerformance } from './queries/maintenance';
// Queries: payments
export { recordPayment, recordPaymentTransaction } from './queries/payments';
// Queries: reference
export { generateBookingReference } from './queries/reference';
// Queries: stays
export {
  cancelBooking,
  confirmBooking,
  propertyBookingsInWindow,
  quoteAndCreateBooking,
  upcomingBookingsForUser,
  upcomingBookingsQuery,
} from './queries/stays';
// Every rule this package raises: its error code and the sentence a service shows
export { bookingsRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/bookings/schema`)
export {
  type BookingCancellation,
  bookingCancellations,
  bookingCancellationsRelations,
  type NewBookingCancellation,
} from './schema/booking-cancellations';
export {
  type BookingMessage,
  bookingMessages,
  bookingMessagesRelations,
  type NewBookingMessage,
} from './schema/booking-messages';
export {
  type BookingModification,
  bookingModifications,
  bookingModificationsRelations,
  type NewBookingModification,
} from './schema/booking-modifications';
export {
  type BookingPayment,
  bookingPayments,
  bookingPaymentsRelations,
  type NewBookingPayment,
} from './schema/booking-payments';
export { type Booking, bookings, bookingsRelations, type NewBooking } from './schema/bookings';
export {
  bookingStatusEnum,
  experienceBookingStatusEnum,
  modificationStatusEnum,
  modificationTypeEnum,
  paymentMethodEnum,
  paymentStatusEnum,
  refundStatusEnum,
  transactionKindEnum,
} from './schema/enums';
export {
  type ExperienceBooking,
  experienceBookings,
  experienceBookingsRelations,
  type NewExperienceBooking,
} from './schema/experience-bookings';
export { hostPerformance } from './schema/host-performance';
export {
  type NewPaymentTransaction,
  type PaymentTransaction,
  paymentTransactions,
  paymentTransactionsRelations,
} from './schema/payment-transactions';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  availabilitySearchInput,
  createBookingInput,
  IDEMPOTENCY_KEY_PATTERN,
  insertBookingCancellationSchema,
  insertBookingMessageSchema,
  insertBookingModificationSchema,
  insertBookingPaymentSchema,
  insertBookingSchema,
  insertExperienceBookingSchema,
  insertPaymentTransactionSchema,
  recordPaymentInput,
  selectBookingCancellationSchema,
  selectBookingMessageSchema,
  selectBookingModificationSchema,
  selectBookingPaymentSchema,
  selectBookingSchema,
  selectExperienceBookingSchema,
  selectPaymentTransactionSchema,
  stayAvailabilityInput,
  updateBookingCancellationSchema,
  updateBookingMessageSchema,
  updateBookingModificationSchema,
  updateBookingPaymentSchema,
  updateBookingSchema,
  updateExperienceBookingSchema,
} from './validation';
