#!/usr/bin/env bash
# The whole test suite again on the shared services: PostgreSQL (and Redis).
# Uses TEST_DATABASE_URL / TEST_REDIS_URL when they are set; otherwise starts the
# services with scripts/test-services.sh for this run and stops them after.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  trap 'bash scripts/test-services.sh stop' EXIT
  # Assigned first: `eval "$(…)"` alone would swallow a failed start.
  service_vars="$(bash scripts/test-services.sh start)"
  eval "$service_vars"
fi
echo "Running the suite on TEST_DATABASE_URL=$TEST_DATABASE_URL TEST_REDIS_URL=${TEST_REDIS_URL:-}" >&2
npm test
