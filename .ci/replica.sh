#!/usr/bin/env bash
# Two PostgreSQL 15 clusters of our own on loopback, for the scale-out tests (never the shared 5432 one):
#   tq_pitr    (TQ_PRIMARY_PORT, 5433): the primary — WAL archived to TQ_WAL_ARCHIVE, replication allowed
#              from 127.0.0.1, pg_cron preloaded when postgresql-15-cron is installed;
#   tq_replica (TQ_REPLICA_PORT, 5434): a hot standby streaming from it, made with pg_basebackup -R.
# Re-runnable: both clusters and the archive are dropped and made again (~15 s). Must run as root
# (pg_createcluster writes under /etc and /var/lib/postgresql/15); the servers run as postgres. Prints the
# `export` lines the tests read (`eval "$(.ci/replica.sh)"`); logs go to stderr.
set -euo pipefail
PRIMARY_PORT=${TQ_PRIMARY_PORT:-5433}
REPLICA_PORT=${TQ_REPLICA_PORT:-5434}
ARCHIVE=${TQ_WAL_ARCHIVE:-/var/lib/postgresql/tq_pitr_wal_archive}
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi; }
log() { printf '%s\n' "replica.sh: $*" >&2; }

for c in tq_replica tq_pitr; do
  if pg_lsclusters -h | awk '{print $2}' | grep -qx "$c"; then
    log "dropping the previous $c cluster"
    pg_dropcluster --stop 15 "$c" >&2
  fi
done
as_pg rm -rf "$ARCHIVE"
as_pg mkdir -p "$ARCHIVE"

log "creating the primary tq_pitr on port $PRIMARY_PORT (WAL archive $ARCHIVE)"
pg_createcluster 15 tq_pitr --port "$PRIMARY_PORT" >/dev/null
conf=/etc/postgresql/15/tq_pitr
preload=''
[ -f /usr/share/postgresql/15/extension/pg_cron.control ] && preload='pg_cron'
as_pg sh -c "cat > $conf/conf.d/tq-scale-out.conf" <<EOF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 10
archive_mode = on
# Never overwrite a segment already archived: a second cluster writing here would be a bug worth failing on.
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
shared_preload_libraries = '$preload'
cron.database_name = 'postgres'
EOF
as_pg sh -c "cat > $conf/pg_hba.conf" <<'EOF'
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
as_pg pg_ctlcluster 15 tq_pitr start

log "creating the streaming replica tq_replica on port $REPLICA_PORT"
pg_createcluster 15 tq_replica --port "$REPLICA_PORT" >/dev/null
data=/var/lib/postgresql/15/tq_replica
as_pg sh -c "cat > /etc/postgresql/15/tq_replica/conf.d/tq-scale-out.conf" <<'EOF'
listen_addresses = '127.0.0.1'
hot_standby = on
hot_standby_feedback = on
EOF
as_pg cp /etc/postgresql/15/tq_pitr/pg_hba.conf /etc/postgresql/15/tq_replica/pg_hba.conf
# Its data directory is emptied, not removed: its parent belongs to root.
as_pg find "$data" -mindepth 1 -delete
# -R writes primary_conninfo and standby.signal: the copy starts as a standby of the primary.
as_pg pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$data" -R -X stream -c fast
as_pg pg_ctlcluster 15 tq_replica start

for _ in $(seq 1 30); do
  state=$(psql -Atq -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres \
    -c "select state from pg_stat_replication limit 1" 2>/dev/null || true)
  [ "$state" = streaming ] && break
  sleep 0.5
done
[ "$state" = streaming ] || { log "the replica is not streaming (state: ${state:-none})"; exit 1; }
log "primary :$PRIMARY_PORT streams to replica :$REPLICA_PORT; pg_cron: ${preload:-not installed}"

echo "export TEST_PRIMARY_URL=postgres://postgres@127.0.0.1:$PRIMARY_PORT/postgres"
echo "export TEST_REPLICA_URL=postgres://postgres@127.0.0.1:$REPLICA_PORT/postgres"
echo "export TEST_WAL_ARCHIVE=$ARCHIVE"
