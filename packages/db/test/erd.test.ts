import { describe, expect, it } from 'vitest';
import { renderDomain } from '../src/cli/erd';

/** The diagrams are read by people deciding joins and deletes: the crow's feet must match the keys. */
describe('ER diagrams', () => {
  const users = renderDomain('users');
  const content = renderDomain('content');
  const poi = renderDomain('poi');
  const bookings = renderDomain('bookings');

  it('draws a NOT NULL foreign key as exactly one parent, any number of children', () => {
    expect(users).toContain('  users ||--o{ user_sessions : "user_id"\n');
  });

  it('draws a nullable foreign key as zero or one parent', () => {
    expect(content).toContain('  users |o--o{ content_versions : "author_id"\n');
  });

  it('draws a foreign key that is also the primary key as one-to-one', () => {
    expect(users).toContain('  users ||--o| user_profiles : "user_id"\n');
  });

  it('draws a foreign key with a unique index of its own as one-to-one', () => {
    expect(users).toContain('  users ||--o| user_auth : "user_id"\n');
    expect(users).toMatch(/^ {4}uuid user_id FK, UK$/m);
    expect(bookings).toContain('  bookings ||--o| booking_cancellations : "booking_id"\n');
  });

  it('does not call a key one-to-one because of a partial unique index (one cover per listing)', () => {
    expect(poi).toContain('  pois ||--o{ poi_images : "poi_id"\n');
  });

  it("lists a table's named rules: CHECKs, exclusion constraints and trigger rules, with their sentence", () => {
    expect(bookings).toMatch(/^- `bookings_no_overlap_excl` \(exclusion constraint\): these dates overlap/m);
    expect(bookings).toMatch(/^- `bookings_total_check` \(CHECK\): /m);
    expect(bookings).toMatch(/^- `payment_transactions_refund_exceeds_capture_check` \(trigger\): /m);
    expect(bookings).toMatch(/^- `payment_transactions_append_only` \(trigger\): /m);
  });
});
