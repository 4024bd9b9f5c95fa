#!/usr/bin/env bash
# Every suite: unit, integration on SQLite and on a real PostgreSQL, end-to-end in Debian's Chromium,
# and the benchmarks in short mode (they must run; their times are not judged here).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== [1/4] system packages"
bash scripts/system-deps.sh

echo "== [2/4] PostgreSQL test cluster"
# shellcheck source=scripts/pg-cluster.sh
source scripts/pg-cluster.sh
trap pg_cluster_stop EXIT
pg_cluster_start
export TDS_CHROMIUM=/usr/bin/chromium

echo "== [3/4] mini app build (served to the end-to-end tests)"
npm run build --silent

echo "== [4/4] tests"
results=$(mktemp /tmp/tds-vitest.XXXXXX.json)
npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$results"
node -e "const r=require('$results');console.log('Tests: '+r.numPassedTests+' passed, '+r.numFailedTests+' failed'+(r.numPendingTests?', '+r.numPendingTests+' skipped':''))"
rm -f "$results"
if [ -f tests/bench/run.ts ]; then
  echo "== benchmarks (short mode)"
  npm run bench --silent -- --short
fi
