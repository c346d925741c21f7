#!/usr/bin/env bash
# Benchmark: start-up time, memory, and throughput of the public pages of a freshly built portal.
# Starts its own portal on port ${BENCH_PORT:-8180} with an empty embedded database, loads it from
# this machine with wrk (Debian package "wrk"), prints the figures, and stops the portal.
# Usage: bench/public-pages.sh [seconds per page, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh

seconds="${1:-20}"
port="${BENCH_PORT:-8180}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

start=$(date +%s%N)
start_portal index.xhtml
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "Start-up to first page served: ${ready_ms} ms"
echo "Resident memory after start-up: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

# the demonstration events are seeded at start-up; the first one is a published webinar
for page in index.xhtml login.xhtml signup.xhtml events/events.xhtml "events/events.xhtml?when=past" \
            "events/event.xhtml?id=1" "events/calendar?id=1" decision/index.xhtml; do
    cookies=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/$page" | grep -ci '^set-cookie' || true)
    echo
    echo "== GET /$page  (Set-Cookie headers on an anonymous visit: $cookies)"
    wrk -t2 -c16 -d5s "http://127.0.0.1:$port/$page" > /dev/null   # warm-up
    wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port/$page" | grep -E "Requests/sec|^ +Latency|50%|90%|99%|Non-2xx|Socket errors"
done
echo
echo "Resident memory after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
