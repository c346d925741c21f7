#!/usr/bin/env bash
# Benchmark: start-up time, memory, and throughput of the public pages of a freshly built portal.
# Starts its own portal on port ${BENCH_PORT:-8180} with an empty embedded database, loads it from
# this machine with wrk (Debian package "wrk"), prints the figures, and stops the portal.
# Usage: bench/public-pages.sh [seconds per page, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
port="${BENCH_PORT:-8180}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

export PORTAL_DB_URL="jdbc:h2:file:$work/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
export PORTAL_BASE_URL="http://127.0.0.1:$port/"
export PORTAL_ADMIN_PASSWORD="benchmark administrator"

start=$(date +%s%N)
java -Xmx1g -jar portal-web/target/payara-micro.jar --nocluster --port "$port" --rootdir "$work/root" \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
    --deploy portal-web/target/portal.war --contextroot / > "$work/portal.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/index.xhtml"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
    sleep 0.2
done
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
