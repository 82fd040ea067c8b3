#!/usr/bin/env bash
# Runs the end-to-end tests against the built jar (backend/target/verivali.jar) on the demo profile, with a fresh H2
# database of its own, in Debian's Chromium. From the project root, after ./mvnw verify (or -DskipTests package):
#   frontend/e2e/run-against-jar.sh
# With arguments it runs them (from frontend/) instead of the tests, against the same fresh demo:
#   frontend/e2e/run-against-jar.sh node e2e/measure-inbox-first-render.mjs
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${VERIVALI_E2E_PORT:-18080}"
# Another run on this machine may hold the port: take the next free one rather than test somebody else's server.
while curl -s -o /dev/null "http://localhost:$port/"; do
  port=$((port + 1))
done
work="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

cd "$work"
# A copy: a build during the run rewrites the jar, and a running JVM reading a rewritten jar fails in odd ways.
# VERIVALI_JAR names another jar (CI copies it before the MySQL suite builds a new one beside the run).
cp "${VERIVALI_JAR:-$root/backend/target/verivali.jar}" "$work/verivali.jar"
# Rounds start one household a transaction here, so that a round over one kecamatan takes long enough to watch its
# bar move and to pause it (in batches of 100 it has started every change within a second or two).
# Every test is a resident on the same address: the limits per address would run out across the suite (the limits per
# NIK stay as they are).
java -jar "$work/verivali.jar" --server.port="$port" --verivali.rounds.batch-size=1 \
  --verivali.public.status.per-address=1000 --verivali.public.submissions.per-address=1000 \
  > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null || { tail -50 "$work/app.log"; exit 1; }
kill -0 "$app" 2>/dev/null || { echo "The application exited; port $port answers for another"; cat "$work/app.log"; exit 1; }

cd "$root/frontend"
mkdir -p "$root/docs/screenshots"
export PATH="$root/frontend/node:$PATH" VERIVALI_URL="http://localhost:$port"
if [ "$#" -gt 0 ]; then
  "$@"
else
  npx playwright test
fi
