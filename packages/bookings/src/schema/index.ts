// The runtime schema of bookings: tables, enums, relations and views only (what drizzle-kit and createDb read).
export { bookingCancellations, bookingCancellationsRelations } from './booking-cancellations';
export { bookingMessages, bookingMessagesRelations } from './booking-messages';
export { bookingModifications, bookingModificationsRelations } from './booking-modifications';
export { bookingPayments, bookingPaymentsRelations } from './booking-payments';
export { bookings, bookingsRelations } from './bookings';
export {
  bookingStatusEnum,
  experienceBookingStatusEnum,
  modificationStatusEnum,
  modificationTypeEnum,
  paymentMethodEnum,
  paymentStatusEnum,
  refundStatusEnum,
  transactionKindEnum,
} from './enums';
export { experienceBookings, experienceBookingsRelations } from './experience-bookings';
export { hostPerformance } from './host-performance';
export { paymentTransactions, paymentTransactionsRelations } from './payment-transactions';
