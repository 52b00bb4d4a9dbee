import { partitionRetention } from '../partitioned';

const dotted = `'^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'`;

/**
 * The two append-only, high-volume tables, range-partitioned by month like core's audit_log. Keys are
 * (UUIDv7, time): time-ordered, and the partition key must be part of the primary key. Only the indexes
 * their reads need: a user's recent events, one event type over a period, each component's latest check.
 */
export const partitionedSql = `
create table if not exists user_behavior_events (
  id uuid not null default uuid_generate_v7(),
  occurred_at timestamptz not null default clock_timestamp(),
  user_id uuid,
  session_id text,
  event_type text not null,
  properties jsonb not null default '{}',
  constraint user_behavior_events_pkey primary key (id, occurred_at),
  constraint user_behavior_events_event_type_format_check check (event_type ~ ${dotted}),
  constraint user_behavior_events_properties_object_check check (jsonb_typeof(properties) = 'object')
) partition by range (occurred_at);

create index if not exists user_behavior_events_user_occurred_idx on user_behavior_events (user_id, occurred_at)
  where user_id is not null;
create index if not exists user_behavior_events_type_occurred_idx on user_behavior_events (event_type, occurred_at);
-- Events are never edited; deleting stays possible so a user's events can be erased on request.
create or replace trigger user_behavior_events_no_update_trg before update on user_behavior_events
  for each row execute function tq_forbid_mutation('user_behavior_events');

create table if not exists system_health_checks (
  id uuid not null default uuid_generate_v7(),
  checked_at timestamptz not null default clock_timestamp(),
  component text not null,
  status health_status not null,
  metrics jsonb not null default '{}',
  message text,
  constraint system_health_checks_pkey primary key (id, checked_at),
  constraint system_health_checks_component_format_check check (component ~ ${dotted}),
  constraint system_health_checks_metrics_object_check check (jsonb_typeof(metrics) = 'object')
) partition by range (checked_at);

create index if not exists system_health_checks_component_checked_idx on system_health_checks (component, checked_at desc);
select tq_make_append_only('public.system_health_checks'::regclass);

insert into partition_policies (parent_table, retention, premake_months)
values ('user_behavior_events', interval '${partitionRetention.user_behavior_events}', 3),
       ('system_health_checks', interval '${partitionRetention.system_health_checks}', 3)
on conflict (parent_table) do nothing;

select tq_ensure_monthly_partitions('user_behavior_events', 3, 1);
select tq_ensure_monthly_partitions('system_health_checks', 3, 1);
`;
