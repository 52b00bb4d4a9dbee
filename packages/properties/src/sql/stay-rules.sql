-- The shortest stay a property takes for the nights of `stay`: per night, the calendar's min_stay_override
-- where a calendar period covers it, else the property's min_nights; the stay needs the largest of them.
-- The same rule as priceStay (queries/pricing.ts), so the booking trigger, the availability search and the
-- quote agree on which stays are long enough.
create or replace function tq_stay_min_nights(p_property_id uuid, p_stay daterange) returns integer
language sql stable set search_path = public, pg_temp as $$
  select max(coalesce(c.min_stay_override, p.min_nights))
    from properties p
    cross join generate_series(lower(p_stay), upper(p_stay) - 1, interval '1 day') as n(night)
    left join property_calendar c on c.property_id = p.id and c.during @> n.night::date
   where p.id = p_property_id
$$;
