#!/usr/bin/env bash
# Benchmark: throughput and latency of the library's public pages, each next to a static file
# served by the same portal in the same run (the favicon), so the ratio says what drawing the page
# costs on this machine. Starts its own portal on port ${BENCH_PORT:-8181} with an empty embedded
# database (the four sample case studies are published at start-up), loads it from this machine
# with wrk (Debian package "wrk"), prints the figures, and stops the portal.
# Usage: bench/library-pages.sh [seconds per page, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh

seconds="${1:-10}"
port="${BENCH_PORT:-8181}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

base="http://127.0.0.1:$port"
study="library/case-studies/two-counties-answer-911-calls-from-one-dispatch-centre"

start_portal library/index.xhtml
# the search builds its index at its first question; ask once so no measured request pays for it
until curl -s "$base/library/search.xhtml?q=dispatch" | grep -q 'id="result-count" role="status">[1-9]'; do sleep 0.5; done

# the case study links to related items, so it is revalidated by its entity tag (no Last-Modified)
etag=$(curl -s -D - -o /dev/null "$base/$study" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
[ -n "$etag" ] || { echo "The case study sent no ETag" >&2; exit 1; }
conditional_status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/$study")
[ "$conditional_status" = 304 ] || { echo "A conditional GET answered $conditional_status, not 304" >&2; exit 1; }

# measure <label> <path> [extra wrk arguments...]: prints one line, keeps the req/s in $rps
measure() {
    local label="$1" path="$2"
    shift 2
    local cookies status out latency p99 errors
    cookies=$(curl -s -D - -o /dev/null "$@" "$base/$path" | grep -ci '^set-cookie' || true)
    status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$base/$path")
    wrk -t"$threads" -c"$connections" -d3s "$@" "$base/$path" > /dev/null   # warm-up
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" "$base/$path")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    latency=$(awk '$1 == "Latency" && $2 != "Distribution" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ' ' || true)
    local ratio
    ratio=$(awk -v a="$rps" -v b="${favicon_rps:-$rps}" 'BEGIN {printf "%.3f", a / b}')
    printf "%-28s %6s %10s %9s %9s %8s %10s  %s\n" "$label" "$status" "$rps" "$latency" "$p99" "$ratio" "$cookies" "$errors"
}

echo "$(nproc) processors; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $threads threads, $connections connections, ${seconds}s per page after a 3 s warm-up; portal on port $port"
printf "%-28s %6s %10s %9s %9s %8s %10s\n" "page" "status" "req/s" "mean lat" "p99 lat" "/favicon" "Set-Cookie"
measure "favicon.svg (static)" favicon.svg
favicon_rps="$rps"
measure "library/index.xhtml" library/index.xhtml
measure "library/case-studies.xhtml" library/case-studies.xhtml
measure "case study" "$study"
measure "search ?q=dispatch" "library/search.xhtml?q=dispatch"
measure "case study, If-None-Match" "$study" -H "If-None-Match: $etag"
echo
echo "case study: /$study"
echo "Resident memory after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
