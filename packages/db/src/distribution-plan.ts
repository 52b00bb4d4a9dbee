/**
 * The Citus distribution plan (docs/scaling-out.md renders it; packages/db/test/distribution-plan.test.ts
 * checks it against the migrated catalog). Citus cannot be installed on these machines, so what is checked
 * is what Citus would refuse: on a distributed table every primary key, unique constraint, unique index and
 * exclusion constraint must contain the distribution column, and a foreign key between distributed tables
 * must join on the distribution column of both, in the same colocation group; reference tables may only
 * point at reference tables. Every deviation of today's schema is listed as a planned change, with why.
 */

export interface ColocationGroup {
  /** The column each table of the group is distributed by (named per table in `distributed`). */
  key: string;
  why: string;
}

export interface DistributedTable {
  group: string;
  /** The distribution column of this table; a child that lacks it today has a `missing-column` change. */
  column: string;
}

export interface PlannedChange {
  table: string;
  /** The constraint or unique index name, or `column:<name>` for a distribution column to add. */
  object: string;
  why: string;
  becomes: string;
}

export const colocationGroups: Record<string, ColocationGroup> = {
  property: {
    key: 'property_id',
    why: 'a stay and everything that decides it (calendar, blocks, pricing, bookings, payments) on one shard: the no-double-booking exclusion constraint and the booking transaction stay single-shard',
  },
  user: {
    key: 'user_id',
    why: "one person's account, sessions, notifications, wishlists, AI conversations, experience bookings and reviews: a signed-in page reads one shard",
  },
  post: { key: 'post_id', why: 'a post with its likes and comments: counters and threads stay single-shard' },
  travel_group: { key: 'group_id', why: 'a travel group with its members' },
  content: {
    key: 'entity_id',
    why: 'content rows about one entity (translations, versions, moderation, analytics, search document) together',
  },
  event: {
    key: 'id',
    why: 'append-only, high-volume logs (partitioned by month): spread evenly by id, read by time window in parallel',
  },
};

export const distributedTables: Record<string, DistributedTable> = {
  properties: { group: 'property', column: 'id' },
  property_amenities: { group: 'property', column: 'property_id' },
  property_availability: { group: 'property', column: 'property_id' },
  property_calendar: { group: 'property', column: 'property_id' },
  property_images: { group: 'property', column: 'property_id' },
  property_pricing: { group: 'property', column: 'property_id' },
  property_rules: { group: 'property', column: 'property_id' },
  property_slug_history: { group: 'property', column: 'property_id' },
  bookings: { group: 'property', column: 'property_id' },
  booking_payments: { group: 'property', column: 'property_id' },
  booking_cancellations: { group: 'property', column: 'property_id' },
  booking_modifications: { group: 'property', column: 'property_id' },
  booking_messages: { group: 'property', column: 'property_id' },
  payment_transactions: { group: 'property', column: 'property_id' },

  user_auth: { group: 'user', column: 'user_id' },
  user_sessions: { group: 'user', column: 'user_id' },
  user_identities: { group: 'user', column: 'user_id' },
  user_profiles: { group: 'user', column: 'user_id' },
  user_preferences: { group: 'user', column: 'user_id' },
  user_onboarding: { group: 'user', column: 'user_id' },
  user_preference_learning: { group: 'user', column: 'user_id' },
  user_achievements: { group: 'user', column: 'user_id' },
  user_social_profiles: { group: 'user', column: 'user_id' },
  user_social_connections: { group: 'user', column: 'requester_id' },
  user_follows: { group: 'user', column: 'follower_id' },
  travel_stats: { group: 'user', column: 'user_id' },
  travel_history: { group: 'user', column: 'user_id' },
  notifications: { group: 'user', column: 'user_id' },
  activity_feed: { group: 'user', column: 'actor_id' },
  wishlists: { group: 'user', column: 'user_id' },
  wishlist_items: { group: 'user', column: 'user_id' },
  ai_conversations: { group: 'user', column: 'user_id' },
  ai_messages: { group: 'user', column: 'user_id' },
  feature_usage: { group: 'user', column: 'user_id' },
  smart_recommendations: { group: 'user', column: 'user_id' },
  experience_bookings: { group: 'user', column: 'user_id' },
  reviews: { group: 'user', column: 'author_id' },
  review_helpful_votes: { group: 'user', column: 'review_author_id' },
  review_images: { group: 'user', column: 'review_author_id' },
  review_translations: { group: 'user', column: 'review_author_id' },

  social_posts: { group: 'post', column: 'id' },
  post_likes: { group: 'post', column: 'post_id' },
  post_comments: { group: 'post', column: 'post_id' },

  travel_groups: { group: 'travel_group', column: 'id' },
  travel_group_members: { group: 'travel_group', column: 'group_id' },

  content_analytics: { group: 'content', column: 'entity_id' },
  content_moderation: { group: 'content', column: 'entity_id' },
  content_recommendations: { group: 'content', column: 'source_id' },
  content_versions: { group: 'content', column: 'entity_id' },
  translations: { group: 'content', column: 'entity_id' },
  search_index: { group: 'content', column: 'entity_id' },

  audit_log: { group: 'event', column: 'id' },
  user_behavior_events: { group: 'event', column: 'id' },
  system_health_checks: { group: 'event', column: 'id' },
  admin_audit_log: { group: 'event', column: 'id' },
  outbox_events: { group: 'event', column: 'id' },
};

/** Copied to every worker: small or read-mostly, joined from everywhere, written rarely. */
export const referenceTables: Record<string, string> = {
  currencies: 'ISO 4217 list',
  time_zones: 'the server zone database as rows (about 600)',
  exchange_rates: 'a few thousand rows a day',
  amenities: 'fixed vocabulary',
  achievements: 'fixed vocabulary',
  partition_policies: 'one row per partitioned table',
  system_settings: 'configuration',
  content_templates: 'a few hundred templates',
  search_words:
    'the dictionary of title words (tens of thousands of short words), read by every fuzzy search before it fans out to the content shards; grows only when a title brings a new word',
  users:
    'referenced by nearly every table (hosts, guests, authors): as a reference table every foreign key to it stays valid on every shard. Millions of rows on every worker (~1 KB each) is the price; hot per-login writes (last_login_at) should move to user_sessions before the move',
  media_files: 'metadata only (the bytes are in object storage); referenced by the images of every domain',
  poi_categories: 'category tree',
  pois: 'the catalog of places: read by every search and page, written by editors',
  poi_images: 'catalog',
  poi_audio_guides: 'catalog',
  poi_ar_experiences: 'catalog',
  poi_opening_hours: 'catalog',
  poi_translations: 'catalog',
  poi_slug_history: 'catalog',
  experience_categories: 'category tree',
  experiences: 'catalog of experiences, written by hosts, read everywhere',
  experience_images: 'catalog',
  experience_requirements: 'catalog',
  experience_translations: 'catalog',
  experience_slug_history: 'catalog',
  experience_schedules:
    'read by every experience page; each experience booking updates its seats (a write to all workers): accepted at today’s experience volume, distribute the experiences catalog by experience_id if it grows',
};

/** Tables that stay on the coordinator only (none today: every table above is placed). */
export const coordinatorTables: Record<string, string> = {};

const pk = 'a primary key on a distributed table must contain the distribution column';

/**
 * Every place today's schema breaks the plan, and what the migration to Citus changes. The check fails on a
 * deviation missing here and on an entry here that no longer deviates.
 */
export const plannedChanges: PlannedChange[] = [
  // The property group's children learn their property.
  ...['booking_payments', 'booking_cancellations', 'booking_modifications', 'booking_messages'].map((t) =>
    addColumn(t, 'property_id', 'bookings'),
  ),
  addColumn('payment_transactions', 'property_id', 'booking_payments'),
  {
    table: 'payment_transactions',
    object: 'payment_transactions_experience_booking_fk',
    why: 'one table holds the transactions of stays (property group) and of experience seats (user group); a foreign key cannot cross groups',
    becomes:
      'split: payment_transactions keeps stays (property_id); experience_payment_transactions (user_id) in the user group, same columns and append-only rule',
  },
  ...['payment_transactions_provider_transaction_id_key', 'payment_transactions_idempotency_key_key'].map(
    (o) => ({
      table: 'payment_transactions',
      object: o,
      why: 'a global unique index cannot be enforced across shards',
      becomes:
        'unique (property_id, …): providers and clients send the booking (hence its property) in their metadata, so a webhook or retry finds the shard first',
    }),
  ),
  {
    table: 'booking_cancellations',
    object: 'booking_cancellations_booking_id_key',
    why: 'one cancellation per booking',
    becomes: 'unique (property_id, booking_id): the same rule, single-shard',
  },
  {
    table: 'booking_payments',
    object: 'booking_payments_idempotency_key_key',
    why: 'idempotency keys are unique platform-wide today',
    becomes:
      'unique (property_id, idempotency_key): a retry is always for the same booking, hence the same property',
  },
  {
    table: 'booking_payments',
    object: 'booking_payments_provider_payment_id_key',
    why: "a provider's payment id is unique platform-wide today",
    becomes:
      'unique (property_id, provider, provider_payment_id); webhooks carry booking and property ids in the provider metadata to route to the shard',
  },
  {
    table: 'bookings',
    object: 'bookings_reference_key',
    why: 'booking references are unique platform-wide today (support looks a booking up by it)',
    becomes:
      'unique (property_id, reference); references stay random (generateBookingReference), a lookup by reference alone fans out to every shard (support only)',
  },
  {
    table: 'properties',
    object: 'properties_slug_key',
    why: 'slugs are unique platform-wide: a URL names one listing',
    becomes:
      'a reference table property_slugs (slug primary key, property_id) kept by the slug trigger: slugs change rarely, every worker resolves a URL locally',
  },
  {
    table: 'property_slug_history',
    object: 'property_slug_history_slug_key',
    why: 'an old slug redirects to one listing',
    becomes: 'kept in the same reference table property_slugs (old slugs with a redirect flag)',
  },
  // The user group: tokens and external ids that are looked up before the user is known.
  ...(
    [
      ['user_auth', 'user_auth_email_verification_token_hash_key'],
      ['user_auth', 'user_auth_password_reset_token_hash_key'],
      ['user_sessions', 'user_sessions_refresh_token_hash_key'],
      ['wishlists', 'wishlists_share_token_key'],
    ] as const
  ).map(([table, object]) => ({
    table,
    object,
    why: 'a token is looked up before the user is known, by a unique index that cannot span shards',
    becomes:
      'unique (user_id, …hash); the token handed out becomes <user id>.<secret>, so the lookup knows the shard',
  })),
  {
    table: 'user_identities',
    object: 'user_identities_provider_provider_user_id_key',
    why: 'an OAuth login arrives with the provider’s user id only',
    becomes:
      'a reference table identity_logins (provider, provider_user_id) primary key → user_id, written once per linked account',
  },
  {
    table: 'user_social_profiles',
    object: 'user_social_profiles_handle_key',
    why: 'handles are unique platform-wide and resolved from URLs',
    becomes: 'a reference table social_handles (handle primary key, user_id), written when a handle changes',
  },
  {
    table: 'user_social_connections',
    object: 'user_social_connections_pair_key',
    why: 'one connection per unordered pair, by an expression index (least, greatest) that cannot contain the distribution column',
    becomes:
      'distributed by least(requester_id, addressee_id) stored as pair_low_id: unique (pair_low_id, pair_high_id); a user’s connections fan out to at most two lookups',
  },
  {
    table: 'travel_history',
    object: 'travel_history_booking_id_key',
    why: 'one history entry per booking',
    becomes: 'unique (user_id, booking_id): the traveller is the booking’s guest',
  },
  addColumn('wishlist_items', 'user_id', 'wishlists'),
  ...['wishlist_items_property_key', 'wishlist_items_poi_key', 'wishlist_items_experience_key'].map((o) => ({
    table: 'wishlist_items',
    object: o,
    why: 'an item is in a wishlist once',
    becomes: 'unique (user_id, wishlist_id, …): the same rule, single-shard',
  })),
  addColumn('ai_messages', 'user_id', 'ai_conversations'),
  {
    table: 'ai_messages',
    object: 'ai_messages_conversation_seq_key',
    why: 'messages are numbered within a conversation',
    becomes: 'unique (user_id, conversation_id, seq)',
  },
  // Reviews live with their author: one review per booking per author stays enforceable.
  ...['review_helpful_votes', 'review_images', 'review_translations'].map((t) =>
    addColumn(t, 'review_author_id', 'reviews'),
  ),
  {
    table: 'review_helpful_votes',
    object: 'review_helpful_votes_review_id_user_id_key',
    why: 'one vote per user per review',
    becomes: 'unique (review_author_id, review_id, user_id)',
  },
  {
    table: 'review_translations',
    object: 'review_translations_review_id_locale_key',
    why: 'one translation per locale',
    becomes: 'unique (review_author_id, review_id, locale)',
  },
  ...crossGroupFk(
    'reviews',
    'reviews_booking_id_bookings_id_fk',
    'the verified-review check (the author stayed) moves to the booking service: it reads the booking on its shard before the insert; bookings are never deleted, only cancelled',
  ),
  ...crossGroupFk(
    'reviews',
    'reviews_property_id_properties_id_fk',
    'properties are soft-deleted, never removed; the rating aggregate is updated by the outbox consumer instead of the trigger',
  ),
  ...crossGroupFk(
    'smart_recommendations',
    'smart_recommendations_property_id_properties_id_fk',
    'recommendations expire (expires_at); a recommendation of a removed listing is filtered when shown',
  ),
  ...crossGroupFk(
    'social_posts',
    'social_posts_property_id_properties_id_fk',
    'a post tagging a listing keeps its id; the tag is hidden when the listing is not live',
  ),
  ...crossGroupFk(
    'wishlist_items',
    'wishlist_items_property_id_properties_id_fk',
    'properties are soft-deleted; a wishlist shows a removed listing as unavailable',
  ),
];

function addColumn(table: string, column: string, parent: string): PlannedChange {
  return {
    table,
    object: `column:${column}`,
    why: `the table has no ${column}: it cannot be placed on its ${parent === 'reviews' ? "review's" : `${parent.replace(/s$/, '')}'s`} shard`,
    becomes: `${column} not null, copied from ${parent} by the insert (backfilled once), never updated; then R1 and R2 apply`,
  };
}

function crossGroupFk(table: string, object: string, instead: string): PlannedChange[] {
  return [
    {
      table,
      object,
      why: 'a foreign key between tables of different colocation groups cannot be enforced by Citus',
      becomes: `dropped; ${instead}`,
    },
  ];
}

/**
 * Deviations that follow one rule each, applied without an entry per table:
 *  - R1: a primary key without the distribution column becomes (distribution column, ...its columns);
 *  - R2: a foreign key to a table of the same group, from a table that has the column, becomes
 *        (distribution column, ...its columns) → parent(distribution column, ...its columns).
 */
export const rules = {
  R1: `${pk}: it becomes (distribution column, …its columns); ids stay unique (UUIDv7) and lookups by id alone fan out`,
  R2: 'a foreign key between colocated tables must contain the distribution column on both sides: it becomes (distribution column, …) → parent(distribution column, …)',
};

/** What the check reads from the catalog. */
export interface CatalogTable {
  name: string;
  columns: { name: string; notNull: boolean }[];
  /** Primary key, unique and exclusion constraints and unique indexes (with the columns they cover). */
  keys: { name: string; kind: 'primary' | 'unique' | 'exclusion' | 'unique index'; columns: string[] }[];
  foreignKeys: { name: string; columns: string[]; references: string; referencedColumns: string[] }[];
}

export interface Deviation {
  table: string;
  object: string;
  problem: string;
  /** Covered by a rule (R1, R2), by a planned change ('change'), or not at all (null: the check fails). */
  covered: 'R1' | 'R2' | 'change' | null;
}

function placement(table: string): 'distributed' | 'reference' | 'coordinator' | undefined {
  if (table in distributedTables) return 'distributed';
  if (table in referenceTables) return 'reference';
  if (table in coordinatorTables) return 'coordinator';
  return undefined;
}

/** Every deviation of `catalog` from the plan, each marked with what covers it. */
export function checkDistributionPlan(catalog: CatalogTable[]): Deviation[] {
  const out: Deviation[] = [];
  const planned = new Set(plannedChanges.map((c) => `${c.table} ${c.object}`));
  const add = (table: string, object: string, problem: string, rule: 'R1' | 'R2' | null) =>
    out.push({ table, object, problem, covered: planned.has(`${table} ${object}`) ? 'change' : rule });
  const byName = new Map(catalog.map((t) => [t.name, t]));

  for (const t of catalog) {
    const where = placement(t.name);
    if (!where) {
      add(
        t.name,
        'table',
        'not in the plan: decide distributed (by which key), reference or coordinator',
        null,
      );
      continue;
    }
    if (where === 'reference' || where === 'coordinator') {
      for (const fk of t.foreignKeys) {
        const target = placement(fk.references);
        if (where === 'reference' && target !== 'reference')
          add(
            t.name,
            fk.name,
            `a reference table may only reference reference tables (${fk.references} is ${target ?? 'unplanned'})`,
            null,
          );
      }
      continue;
    }
    const d = distributedTables[t.name]!;
    const col = t.columns.find((c) => c.name === d.column);
    if (!col) add(t.name, `column:${d.column}`, `no distribution column ${d.column}`, null);
    else if (!col.notNull)
      add(t.name, `column:${d.column}`, `distribution column ${d.column} is nullable`, null);
    // The rules apply once the column is there: today, or after its planned `column:` change.
    const hasKey = Boolean(col) || planned.has(`${t.name} column:${d.column}`);
    for (const k of t.keys) {
      if (k.columns.includes(d.column)) continue;
      add(
        t.name,
        k.name,
        `${k.kind} (${k.columns.join(', ')}) lacks ${d.column}`,
        k.kind === 'primary' && hasKey ? 'R1' : null,
      );
    }
    for (const fk of t.foreignKeys) {
      const target = placement(fk.references);
      if (target === 'reference') continue;
      if (target !== 'distributed') {
        add(t.name, fk.name, `references ${fk.references}, which is ${target ?? 'not in the plan'}`, null);
        continue;
      }
      const p = distributedTables[fk.references]!;
      const i = fk.columns.indexOf(d.column);
      const aligned = i >= 0 && fk.referencedColumns[i] === p.column;
      if (p.group !== d.group) {
        add(t.name, fk.name, `references ${fk.references} in group ${p.group}, not ${d.group}`, null);
      } else if (!aligned) {
        const parentHasKey =
          byName.get(fk.references)?.columns.some((c) => c.name === p.column) ||
          planned.has(`${fk.references} column:${p.column}`);
        const direct = fk.referencedColumns.length === 1 && fk.referencedColumns[0] === p.column;
        add(
          t.name,
          fk.name,
          `(${fk.columns.join(', ')}) → ${fk.references}(${fk.referencedColumns.join(', ')}) does not join on ${d.column} = ${p.column}`,
          // A child pointing straight at its group's anchor by the distribution column is fine as it is.
          hasKey && parentHasKey && !direct ? 'R2' : null,
        );
      }
    }
  }
  for (const name of [...Object.keys(distributedTables), ...Object.keys(referenceTables)]) {
    if (!byName.has(name)) add(name, 'table', 'planned but not in the database', null);
  }
  return out;
}

/** Planned changes that match no deviation any more (the schema changed: update the plan). */
export function stalePlannedChanges(deviations: Deviation[]): PlannedChange[] {
  const seen = new Set(deviations.map((d) => `${d.table} ${d.object}`));
  return plannedChanges.filter((c) => !seen.has(`${c.table} ${c.object}`));
}
