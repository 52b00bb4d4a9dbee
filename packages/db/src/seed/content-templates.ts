import type { NewContentTemplate } from '@touriquest/content';

/**
 * The platform's own messages, as a product team would write them: booking lifecycle e-mails in English
 * and French, an SMS reminder, a review request push, an in-app welcome and a help page. Every
 * `{{placeholder}}` is declared in `variables` (the database refuses an undeclared one).
 */
export const contentTemplateSeeds: NewContentTemplate[] = [
  {
    key: 'booking.confirmed',
    locale: 'en',
    channel: 'email',
    subject: 'Your booking {{reference}} is confirmed',
    body: 'Hello {{firstName}},\n\nyour stay at {{propertyTitle}} from {{checkIn}} to {{checkOut}} is confirmed. Total paid: {{total}}.',
    variables: ['reference', 'firstName', 'propertyTitle', 'checkIn', 'checkOut', 'total'],
    description: 'sent when a booking moves to confirmed',
  },
  {
    key: 'booking.confirmed',
    locale: 'fr',
    channel: 'email',
    subject: 'Votre réservation {{reference}} est confirmée',
    body: 'Bonjour {{firstName}},\n\nvotre séjour à {{propertyTitle}} du {{checkIn}} au {{checkOut}} est confirmé. Montant payé : {{total}}.',
    variables: ['reference', 'firstName', 'propertyTitle', 'checkIn', 'checkOut', 'total'],
    description: 'envoyé quand une réservation est confirmée',
  },
  {
    key: 'booking.cancelled',
    locale: 'en',
    channel: 'email',
    subject: 'Booking {{reference}} cancelled',
    body: 'Hello {{firstName}},\n\nyour booking {{reference}} was cancelled. A refund of {{refund}} is on its way.',
    variables: ['reference', 'firstName', 'refund'],
    description: 'sent when the guest or the host cancels',
  },
  {
    key: 'booking.reminder',
    locale: 'en',
    channel: 'sms',
    body: 'TouriQuest: check-in at {{propertyTitle}} tomorrow from {{checkInTime}}. Ref {{reference}}.',
    variables: ['propertyTitle', 'checkInTime', 'reference'],
    description: 'the day before arrival',
  },
  {
    key: 'review.request',
    locale: 'en',
    channel: 'push',
    subject: 'How was {{propertyTitle}}?',
    body: 'Tell other travellers about your stay, {{firstName}}.',
    variables: ['propertyTitle', 'firstName'],
    description: 'the day after check-out',
  },
  {
    key: 'welcome',
    locale: 'en',
    channel: 'in_app',
    body: 'Welcome to TouriQuest, {{firstName}}! Start by following a few travellers.',
    variables: ['firstName'],
  },
  {
    key: 'help.cancellation-policy',
    locale: 'en',
    channel: 'page',
    subject: 'Cancellation policies',
    body: 'Flexible: full refund up to 1 day before check-in. Moderate: full refund up to 5 days before, half after. Strict: half refunded up to 7 days before, nothing after. Non-refundable: no refund. A host cancellation is always refunded in full.',
    description: 'help centre page; no placeholders',
  },
];
