#!/usr/bin/env bash
# Session-only: rebuild the migration history from scratch while no migration has landed on main.
# Serialised with flock so parallel work does not interleave. Never use once migrations have landed.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/touriquest-regen.lock
flock 9
rm -rf migrations
mkdir -p migrations
pnpm exec tsx src/kit/generate.ts --name schema
