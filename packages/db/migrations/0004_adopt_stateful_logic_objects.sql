-- touriquest:also-on-push
-- Adopts the stateful objects that release 0.1 created from repeatable logic (guarded by `if not exists`), so
-- that from now on only versioned migrations create or change them. A database created by release 0.1 has
-- them all already (each statement below is then a no-op); a fresh one gets them here. Written to be
-- re-runnable for that reason, and marked for the push path, which cannot express partitioned tables,
-- exclusion constraints or indexes on materialized views.
create schema if not exists partitions;
--> statement-breakpoint
create table if not exists audit_log (
  id uuid not null default uuid_generate_v7(),
  occurred_at timestamptz not null default clock_timestamp(),
  table_name text not null,
  record_id uuid not null,
  action text not null,
  old_data jsonb,
  new_data jsonb,
  changed_fields text[],
  actor_id uuid,
  request_id text,
  transaction_id bigint not null default txid_current(),
  constraint audit_log_pkey primary key (id, occurred_at),
  constraint audit_log_action_check check (action in ('insert', 'update', 'delete', 'soft_delete', 'restore'))
) partition by range (occurred_at);
--> statement-breakpoint
-- Not concurrent: on a fresh database the table is new and empty; on a release-0.1 one the index exists already.
-- squawk-ignore require-concurrent-index-creation
create index if not exists audit_log_table_record_occurred_idx on audit_log (table_name, record_id, occurred_at desc);
--> statement-breakpoint
create table if not exists partitions.audit_log_default partition of audit_log default;
--> statement-breakpoint
create table if not exists user_behavior_events (
  id uuid not null default uuid_generate_v7(),
  occurred_at timestamptz not null default clock_timestamp(),
  user_id uuid,
  session_id text,
  event_type text not null,
  properties jsonb not null default '{}',
  constraint user_behavior_events_pkey primary key (id, occurred_at),
  constraint user_behavior_events_event_type_format_check check (event_type ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
  constraint user_behavior_events_properties_object_check check (jsonb_typeof(properties) = 'object')
) partition by range (occurred_at);
--> statement-breakpoint
-- Not concurrent: on a fresh database the table is new and empty; on a release-0.1 one the index exists already.
-- squawk-ignore require-concurrent-index-creation
create index if not exists user_behavior_events_user_occurred_idx on user_behavior_events (user_id, occurred_at)
  where user_id is not null;
--> statement-breakpoint
-- Not concurrent: on a fresh database the table is new and empty; on a release-0.1 one the index exists already.
-- squawk-ignore require-concurrent-index-creation
create index if not exists user_behavior_events_type_occurred_idx on user_behavior_events (event_type, occurred_at);
--> statement-breakpoint
create table if not exists partitions.user_behavior_events_default partition of user_behavior_events default;
--> statement-breakpoint
create table if not exists system_health_checks (
  id uuid not null default uuid_generate_v7(),
  checked_at timestamptz not null default clock_timestamp(),
  component text not null,
  status health_status not null,
  metrics jsonb not null default '{}',
  message text,
  constraint system_health_checks_pkey primary key (id, checked_at),
  constraint system_health_checks_component_format_check check (component ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$'),
  constraint system_health_checks_metrics_object_check check (jsonb_typeof(metrics) = 'object')
) partition by range (checked_at);
--> statement-breakpoint
-- Not concurrent: on a fresh database the table is new and empty; on a release-0.1 one the index exists already.
-- squawk-ignore require-concurrent-index-creation
create index if not exists system_health_checks_component_checked_idx on system_health_checks (component, checked_at desc);
--> statement-breakpoint
create table if not exists partitions.system_health_checks_default partition of system_health_checks default;
--> statement-breakpoint
insert into partition_policies (parent_table, retention, premake_months)
values ('audit_log', interval '2 years', 3),
       ('user_behavior_events', interval '13 months', 3),
       ('system_health_checks', interval '3 months', 3)
on conflict (parent_table) do nothing;
--> statement-breakpoint
-- Half-open [check_in, check_out): a stay ending on the 5th and one starting on the 5th do not overlap.
do $$ begin
  if not exists (select 1 from pg_constraint where conname = 'bookings_no_overlap_excl') then
    alter table bookings add constraint bookings_no_overlap_excl
      exclude using gist (property_id with =, daterange(check_in, check_out, '[)') with &&)
      where (status in ('pending', 'confirmed'));
  end if;
  if not exists (select 1 from pg_constraint where conname = 'property_availability_no_overlap_excl') then
    alter table property_availability add constraint property_availability_no_overlap_excl
      exclude using gist (property_id with =, during with &&);
  end if;
  if not exists (select 1 from pg_constraint where conname = 'property_calendar_no_overlap_excl') then
    alter table property_calendar add constraint property_calendar_no_overlap_excl
      exclude using gist (property_id with =, during with &&);
  end if;
end $$;
--> statement-breakpoint
-- REFRESH MATERIALIZED VIEW CONCURRENTLY needs a unique index. Not concurrent: release 0.1 databases have it
-- already, and on a fresh one the view is empty.
-- squawk-ignore require-concurrent-index-creation
create unique index if not exists host_performance_host_id_key on host_performance (host_id);
--> statement-breakpoint
-- Triggers are now spelled out, one statement each, in the packages' SQL files: the attach helpers go.
drop function if exists tq_attach_standard_triggers(regclass, boolean, text[]);
--> statement-breakpoint
drop function if exists tq_make_append_only(regclass);
--> statement-breakpoint
-- ISO 4217 reference data (core's currencies-data.ts; a test keeps the two equal). Release 0.1 wrote it from
-- repeatable logic; a change to the list is a new migration from now on.
insert into currencies (code, name, minor_unit, symbol) values
  ('AED', 'United Arab Emirates Dirham', 2, null),
  ('AFN', 'Afghan Afghani', 2, '؋'),
  ('ALL', 'Albanian Lek', 2, null),
  ('AMD', 'Armenian Dram', 2, '֏'),
  ('ANG', 'Netherlands Antillean Guilder', 2, null),
  ('AOA', 'Angolan Kwanza', 2, 'Kz'),
  ('ARS', 'Argentine Peso', 2, '$'),
  ('AUD', 'Australian Dollar', 2, '$'),
  ('AWG', 'Aruban Florin', 2, null),
  ('AZN', 'Azerbaijani Manat', 2, '₼'),
  ('BAM', 'Bosnia-Herzegovina Convertible Mark', 2, 'KM'),
  ('BBD', 'Barbadian Dollar', 2, '$'),
  ('BDT', 'Bangladeshi Taka', 2, '৳'),
  ('BGN', 'Bulgarian Lev', 2, null),
  ('BHD', 'Bahraini Dinar', 3, null),
  ('BIF', 'Burundian Franc', 0, null),
  ('BMD', 'Bermudan Dollar', 2, '$'),
  ('BND', 'Brunei Dollar', 2, '$'),
  ('BOB', 'Bolivian Boliviano', 2, 'Bs'),
  ('BRL', 'Brazilian Real', 2, 'R$'),
  ('BSD', 'Bahamian Dollar', 2, '$'),
  ('BTN', 'Bhutanese Ngultrum', 2, null),
  ('BWP', 'Botswanan Pula', 2, 'P'),
  ('BYN', 'Belarusian Ruble', 2, null),
  ('BZD', 'Belize Dollar', 2, '$'),
  ('CAD', 'Canadian Dollar', 2, '$'),
  ('CDF', 'Congolese Franc', 2, null),
  ('CHF', 'Swiss Franc', 2, null),
  ('CLF', 'Chilean Unit of Account (UF)', 4, null),
  ('CLP', 'Chilean Peso', 0, '$'),
  ('CNY', 'Chinese Yuan', 2, '¥'),
  ('COP', 'Colombian Peso', 2, '$'),
  ('CRC', 'Costa Rican Colón', 2, '₡'),
  ('CUP', 'Cuban Peso', 2, '$'),
  ('CVE', 'Cape Verdean Escudo', 2, null),
  ('CZK', 'Czech Koruna', 2, 'Kč'),
  ('DJF', 'Djiboutian Franc', 0, null),
  ('DKK', 'Danish Krone', 2, 'kr'),
  ('DOP', 'Dominican Peso', 2, '$'),
  ('DZD', 'Algerian Dinar', 2, null),
  ('EGP', 'Egyptian Pound', 2, 'E£'),
  ('ERN', 'Eritrean Nakfa', 2, null),
  ('ETB', 'Ethiopian Birr', 2, null),
  ('EUR', 'Euro', 2, '€'),
  ('FJD', 'Fijian Dollar', 2, '$'),
  ('FKP', 'Falkland Islands Pound', 2, '£'),
  ('GBP', 'British Pound', 2, '£'),
  ('GEL', 'Georgian Lari', 2, '₾'),
  ('GHS', 'Ghanaian Cedi', 2, 'GH₵'),
  ('GIP', 'Gibraltar Pound', 2, '£'),
  ('GMD', 'Gambian Dalasi', 2, null),
  ('GNF', 'Guinean Franc', 0, 'FG'),
  ('GTQ', 'Guatemalan Quetzal', 2, 'Q'),
  ('GYD', 'Guyanaese Dollar', 2, '$'),
  ('HKD', 'Hong Kong Dollar', 2, '$'),
  ('HNL', 'Honduran Lempira', 2, 'L'),
  ('HTG', 'Haitian Gourde', 2, null),
  ('HUF', 'Hungarian Forint', 2, 'Ft'),
  ('IDR', 'Indonesian Rupiah', 2, 'Rp'),
  ('ILS', 'Israeli New Shekel', 2, '₪'),
  ('INR', 'Indian Rupee', 2, '₹'),
  ('IQD', 'Iraqi Dinar', 3, null),
  ('IRR', 'Iranian Rial', 2, null),
  ('ISK', 'Icelandic Króna', 0, 'kr'),
  ('JMD', 'Jamaican Dollar', 2, '$'),
  ('JOD', 'Jordanian Dinar', 3, null),
  ('JPY', 'Japanese Yen', 0, '¥'),
  ('KES', 'Kenyan Shilling', 2, null),
  ('KGS', 'Kyrgyz Som', 2, '⃀'),
  ('KHR', 'Cambodian Riel', 2, '៛'),
  ('KMF', 'Comorian Franc', 0, 'CF'),
  ('KPW', 'North Korean Won', 2, '₩'),
  ('KRW', 'South Korean Won', 0, '₩'),
  ('KWD', 'Kuwaiti Dinar', 3, null),
  ('KYD', 'Cayman Islands Dollar', 2, '$'),
  ('KZT', 'Kazakhstani Tenge', 2, '₸'),
  ('LAK', 'Laotian Kip', 2, '₭'),
  ('LBP', 'Lebanese Pound', 2, 'L£'),
  ('LKR', 'Sri Lankan Rupee', 2, 'Rs'),
  ('LRD', 'Liberian Dollar', 2, '$'),
  ('LSL', 'Lesotho Loti', 2, null),
  ('LYD', 'Libyan Dinar', 3, null),
  ('MAD', 'Moroccan Dirham', 2, null),
  ('MDL', 'Moldovan Leu', 2, null),
  ('MGA', 'Malagasy Ariary', 2, 'Ar'),
  ('MKD', 'Macedonian Denar', 2, null),
  ('MMK', 'Myanmar Kyat', 2, 'K'),
  ('MNT', 'Mongolian Tugrik', 2, '₮'),
  ('MOP', 'Macanese Pataca', 2, null),
  ('MRU', 'Mauritanian Ouguiya', 2, null),
  ('MUR', 'Mauritian Rupee', 2, 'Rs'),
  ('MVR', 'Maldivian Rufiyaa', 2, null),
  ('MWK', 'Malawian Kwacha', 2, null),
  ('MXN', 'Mexican Peso', 2, '$'),
  ('MYR', 'Malaysian Ringgit', 2, 'RM'),
  ('MZN', 'Mozambican Metical', 2, null),
  ('NAD', 'Namibian Dollar', 2, '$'),
  ('NGN', 'Nigerian Naira', 2, '₦'),
  ('NIO', 'Nicaraguan Córdoba', 2, 'C$'),
  ('NOK', 'Norwegian Krone', 2, 'kr'),
  ('NPR', 'Nepalese Rupee', 2, 'Rs'),
  ('NZD', 'New Zealand Dollar', 2, '$'),
  ('OMR', 'Omani Rial', 3, null),
  ('PAB', 'Panamanian Balboa', 2, null),
  ('PEN', 'Peruvian Sol', 2, null),
  ('PGK', 'Papua New Guinean Kina', 2, null),
  ('PHP', 'Philippine Peso', 2, '₱'),
  ('PKR', 'Pakistani Rupee', 2, 'Rs'),
  ('PLN', 'Polish Zloty', 2, 'zł'),
  ('PYG', 'Paraguayan Guarani', 0, '₲'),
  ('QAR', 'Qatari Riyal', 2, null),
  ('RON', 'Romanian Leu', 2, 'lei'),
  ('RSD', 'Serbian Dinar', 2, null),
  ('RUB', 'Russian Ruble', 2, '₽'),
  ('RWF', 'Rwandan Franc', 0, 'RF'),
  ('SAR', 'Saudi Riyal', 2, null),
  ('SBD', 'Solomon Islands Dollar', 2, '$'),
  ('SCR', 'Seychellois Rupee', 2, null),
  ('SDG', 'Sudanese Pound', 2, null),
  ('SEK', 'Swedish Krona', 2, 'kr'),
  ('SGD', 'Singapore Dollar', 2, '$'),
  ('SHP', 'St. Helena Pound', 2, '£'),
  ('SLE', 'Sierra Leonean Leone', 2, null),
  ('SOS', 'Somali Shilling', 2, null),
  ('SRD', 'Surinamese Dollar', 2, '$'),
  ('SSP', 'South Sudanese Pound', 2, '£'),
  ('STN', 'São Tomé & Príncipe Dobra', 2, 'Db'),
  ('SVC', 'Salvadoran Colón', 2, null),
  ('SYP', 'Syrian Pound', 2, '£'),
  ('SZL', 'Swazi Lilangeni', 2, null),
  ('THB', 'Thai Baht', 2, '฿'),
  ('TJS', 'Tajikistani Somoni', 2, null),
  ('TMT', 'Turkmenistani Manat', 2, null),
  ('TND', 'Tunisian Dinar', 3, null),
  ('TOP', 'Tongan Paʻanga', 2, 'T$'),
  ('TRY', 'Turkish Lira', 2, '₺'),
  ('TTD', 'Trinidad & Tobago Dollar', 2, '$'),
  ('TWD', 'New Taiwan Dollar', 2, '$'),
  ('TZS', 'Tanzanian Shilling', 2, null),
  ('UAH', 'Ukrainian Hryvnia', 2, '₴'),
  ('UGX', 'Ugandan Shilling', 0, null),
  ('USD', 'US Dollar', 2, '$'),
  ('UYI', 'Uruguayan Peso (Indexed Units)', 0, null),
  ('UYU', 'Uruguayan Peso', 2, '$'),
  ('UYW', 'Uruguayan Nominal Wage Index Unit', 4, null),
  ('UZS', 'Uzbekistani Som', 2, null),
  ('VED', 'Bolívar Soberano', 2, null),
  ('VES', 'Venezuelan Bolívar', 2, null),
  ('VND', 'Vietnamese Dong', 0, '₫'),
  ('VUV', 'Vanuatu Vatu', 0, null),
  ('WST', 'Samoan Tala', 2, null),
  ('XAF', 'Central African CFA Franc', 0, 'FCFA'),
  ('XCD', 'East Caribbean Dollar', 2, '$'),
  ('XCG', 'Caribbean guilder', 2, 'Cg.'),
  ('XOF', 'West African CFA Franc', 0, 'F CFA'),
  ('XPF', 'CFP Franc', 0, 'CFPF'),
  ('YER', 'Yemeni Rial', 2, null),
  ('ZAR', 'South African Rand', 2, 'R'),
  ('ZMW', 'Zambian Kwacha', 2, 'ZK'),
  ('ZWG', 'Zimbabwean Gold', 2, null)
on conflict (code) do update set name = excluded.name, minor_unit = excluded.minor_unit, symbol = excluded.symbol;
