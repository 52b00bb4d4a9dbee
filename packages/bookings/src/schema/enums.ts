import { pgEnum } from 'drizzle-orm/pg-core';
import {
  bookingStatuses,
  experienceBookingStatuses,
  modificationStatuses,
  modificationTypes,
  paymentMethods,
  paymentStatuses,
  refundStatuses,
  transactionKinds,
} from '../constants';

export const bookingStatusEnum = pgEnum('booking_status', bookingStatuses);
export const paymentMethodEnum = pgEnum('payment_method', paymentMethods);
export const paymentStatusEnum = pgEnum('payment_status', paymentStatuses);
export const transactionKindEnum = pgEnum('payment_transaction_kind', transactionKinds);
export const modificationTypeEnum = pgEnum('booking_modification_type', modificationTypes);
export const modificationStatusEnum = pgEnum('booking_modification_status', modificationStatuses);
export const refundStatusEnum = pgEnum('refund_status', refundStatuses);
export const experienceBookingStatusEnum = pgEnum('experience_booking_status', experienceBookingStatuses);
