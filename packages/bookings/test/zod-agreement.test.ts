import { experienceCategories, experienceSchedules, experiences } from '@touriquest/experiences';
import type { TestDb } from '@touriquest/testing';
import { currencyHint, describeZodAgreement } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import {
  bookingCancellations,
  bookingMessages,
  bookingModifications,
  bookingPayments,
  bookings,
  experienceBookings,
  paymentTransactions,
} from '../src/schema';
import {
  insertBookingCancellationSchema,
  insertBookingMessageSchema,
  insertBookingModificationSchema,
  insertBookingPaymentSchema,
  insertBookingSchema,
  insertExperienceBookingSchema,
  insertPaymentTransactionSchema,
} from '../src/validation';
import { bookingRow, makeBooking, makeProperty, makeUser, uniq } from './fixtures';

async function stay(tx: TestDb) {
  const property = await makeProperty(tx);
  const guest = await makeUser(tx);
  const booking = await makeBooking(tx, property.id, guest.id, {
    status: 'confirmed',
    confirmedAt: new Date(),
  });
  return { property, guest, booking };
}

async function schedule(tx: TestDb) {
  const host = await makeUser(tx, 'host');
  const [c] = await tx
    .insert(experienceCategories)
    .values({ slug: uniq('c').replace(/_/g, '-'), name: 'Food' })
    .returning();
  const [e] = await tx
    .insert(experiences)
    .values({
      hostId: host.id,
      title: 'Food walk',
      slug: uniq('walk').replace(/_/g, '-'),
      categoryId: c!.id,
      location: { lon: -7.99, lat: 31.63 },
      durationMinutes: 120,
      maxParticipants: 8,
      priceMinor: 4_500,
      currency: 'EUR',
      status: 'active',
    })
    .returning();
  const start = Date.now() + 20 * 86_400_000;
  const [s] = await tx
    .insert(experienceSchedules)
    .values({
      experienceId: e!.id,
      startsAt: new Date(start),
      endsAt: new Date(start + 7_200_000),
      capacity: 8,
    })
    .returning();
  return s!;
}

async function payment(tx: TestDb) {
  const { booking } = await stay(tx);
  const [p] = await tx
    .insert(bookingPayments)
    .values({
      bookingId: booking.id,
      amountMinor: 20_000,
      currency: 'EUR',
      method: 'card',
      status: 'authorized',
      provider: 'stripe',
      idempotencyKey: uniq('idem'),
    })
    .returning();
  return p!;
}

const idempotencyKey = {
  extra: [
    'a',
    'abcdefg',
    'abcdefgh',
    'abcd efgh',
    '01890a5d-ac96-774b-bcce-b302099a8057',
    'x'.repeat(255),
    'x'.repeat(256),
  ],
};

describeZodAgreement('@touriquest/bookings', schemaExports, [
  {
    table: bookings,
    schema: insertBookingSchema,
    validRow: async (tx) => {
      const property = await makeProperty(tx);
      const guest = await makeUser(tx);
      return bookingRow(property.id, guest.id, { status: 'pending' });
    },
    hints: { currency: currencyHint, reference: { extra: ['TQ-ABCDEFGH', 'TQ-abcdefgh', 'TQ-ABC'] } },
    crossRow: {
      bookings_guests_check: "guests are counted against the property's max_guests",
      bookings_nights_check: "nights are measured against the property's min/max nights",
      bookings_blocked_dates_check: "the dates must not fall in one of the property's blocked ranges",
      bookings_property_bookable_check: 'the property must be active and not deleted',
    },
  },
  {
    table: bookingPayments,
    schema: insertBookingPaymentSchema,
    validRow: async (tx) => ({
      bookingId: (await stay(tx)).booking.id,
      amountMinor: 20_000,
      currency: 'EUR',
      method: 'card',
      provider: 'stripe',
      idempotencyKey: uniq('idem'),
    }),
    hints: { currency: currencyHint, idempotencyKey },
    crossRow: { booking_payments_currency_check: "the currency must be the booking's" },
  },
  {
    table: paymentTransactions,
    schema: insertPaymentTransactionSchema,
    validRow: async (tx) => ({
      bookingPaymentId: (await payment(tx)).id,
      kind: 'charge',
      amountMinor: 20_000,
      currency: 'EUR',
      provider: 'stripe',
      providerTransactionId: uniq('ch'),
      idempotencyKey: uniq('idem'),
    }),
    hints: { currency: currencyHint, idempotencyKey },
    crossRow: {
      payment_transactions_currency_check:
        'the currency must be the one of the payment or booking it belongs to',
      payment_transactions_refund_exceeds_capture_check: 'refunds are measured against what was captured',
      booking_payments_refund_within_capture_check:
        "a charge adds to its payment's captured amount, which cannot exceed the payment's amount",
    },
  },
  {
    table: bookingModifications,
    schema: insertBookingModificationSchema,
    validRow: async (tx) => {
      const { booking, guest } = await stay(tx);
      return {
        bookingId: booking.id,
        requestedBy: guest.id,
        changeType: 'dates',
        oldValues: { checkIn: '2027-03-10' },
        newValues: { checkIn: '2027-03-11' },
      };
    },
  },
  {
    table: bookingCancellations,
    schema: insertBookingCancellationSchema,
    validRow: async (tx) => {
      const { booking, guest } = await stay(tx);
      return { bookingId: booking.id, cancelledBy: guest.id, policyApplied: 'moderate' };
    },
    crossRow: {
      booking_cancellations_refund_within_paid_check: "the refund is measured against the booking's payments",
    },
  },
  {
    table: bookingMessages,
    schema: insertBookingMessageSchema,
    validRow: async (tx) => {
      const { booking, guest } = await stay(tx);
      return { bookingId: booking.id, senderId: guest.id, body: 'Arriving at 6pm' };
    },
    crossRow: { booking_messages_sender_check: 'the sender must be the guest or the host of that booking' },
  },
  {
    table: experienceBookings,
    schema: insertExperienceBookingSchema,
    validRow: async (tx) => ({
      scheduleId: (await schedule(tx)).id,
      userId: (await makeUser(tx)).id,
      participants: 2,
      totalMinor: 9_000,
      currency: 'EUR',
    }),
    hints: { currency: currencyHint },
    crossRow: {
      experience_bookings_capacity_check: "participants are counted against the schedule's free seats",
      experience_bookings_schedule_open_check: 'the schedule must be open',
    },
  },
]);
