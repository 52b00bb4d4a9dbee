import { sql } from 'drizzle-orm';
import { bigint, integer, numeric, pgMaterializedView, uuid } from 'drizzle-orm/pg-core';

/**
 * Host performance, refreshed by the maintenance job (`refreshHostPerformance`). Each measure comes from its
 * own subquery so joins never multiply rows. Rates are null when there is nothing to divide by.
 * - acceptance: requests that were ever confirmed / requests that did not merely expire
 * - cancellation: confirmed bookings later cancelled / bookings ever confirmed
 * - response: bookings where the host wrote / bookings where the guest wrote
 * - average rating: the properties' rating_avg weighted by rating_count
 */
export const hostPerformance = pgMaterializedView('host_performance', {
  hostId: uuid().notNull(),
  requests: integer().notNull(),
  accepted: integer().notNull(),
  acceptanceRate: numeric({ precision: 5, scale: 4, mode: 'number' }),
  cancellationRate: numeric({ precision: 5, scale: 4, mode: 'number' }),
  responseRate: numeric({ precision: 5, scale: 4, mode: 'number' }),
  averageRating: numeric({ precision: 3, scale: 2, mode: 'number' }),
  nightsBooked: bigint({ mode: 'number' }).notNull(),
}).as(sql`
  with b as (
    select p.host_id, bk.*
      from bookings bk join properties p on p.id = bk.property_id
  ), counts as (
    select host_id,
           count(*) filter (where status <> 'expired')::int as requests,
           count(*) filter (where confirmed_at is not null)::int as accepted,
           count(*) filter (where confirmed_at is not null and status = 'cancelled')::int as cancelled_after_confirm,
           coalesce(sum(check_out - check_in) filter (where status in ('confirmed', 'completed')), 0)::bigint as nights
      from b group by host_id
  ), responses as (
    select b.host_id,
           count(distinct b.id) filter (where m.sender_id = b.guest_id)::int as guest_threads,
           count(distinct b.id) filter (where m.sender_id = b.host_id and exists (
             select 1 from booking_messages g where g.booking_id = b.id and g.sender_id = b.guest_id))::int as answered
      from b join booking_messages m on m.booking_id = b.id
     group by b.host_id
  ), ratings as (
    select host_id, (sum(rating_avg * rating_count) / nullif(sum(rating_count), 0))::numeric(3,2) as average_rating
      from properties where deleted_at is null group by host_id
  )
  select c.host_id,
         c.requests,
         c.accepted,
         (c.accepted::numeric / nullif(c.requests, 0))::numeric(5,4) as acceptance_rate,
         (c.cancelled_after_confirm::numeric / nullif(c.accepted, 0))::numeric(5,4) as cancellation_rate,
         (r.answered::numeric / nullif(r.guest_threads, 0))::numeric(5,4) as response_rate,
         ra.average_rating,
         c.nights as nights_booked
    from counts c
    left join responses r on r.host_id = c.host_id
    left join ratings ra on ra.host_id = c.host_id
`);
