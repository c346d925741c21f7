#!/usr/bin/env bash
# Benchmark: heap held per logged-in session, and whether anonymous pages create sessions.
# Starts a portal (as run.sh does, on an empty embedded database) on port ${BENCH_PORT:-8185}, reads the
# public pages anonymously and counts the session cookies they set, then logs in ${1:-200} sessions
# over HTTP, each reading its dashboard, its events and its profile, and compares the live heap (a
# full GC by jcmd's class histogram) before and after; prints KB per session and the classes that grew.
# Usage: bench/sessions.sh [sessions, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh

sessions="${1:-200}"
port="${BENCH_PORT:-8185}"
work="$(mktemp -d)"
pid=""
trap '[ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"' EXIT

[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package
start_portal index.xhtml
url="http://127.0.0.1:$port"

echo "Session cookies set on an anonymous visit:"
for page in index.xhtml about.xhtml dues.xhtml login.xhtml signup.xhtml events/events.xhtml "events/event.xhtml?id=1" \
            decision/index.xhtml library/index.xhtml library/search.xhtml?q=service providers/ account/forgot-password.xhtml; do
    printf '  %-32s %s\n' "/$page" "$(curl -s -D - -o /dev/null "$url/$page" | grep -ci '^set-cookie: JSESSIONID' || true)"
done

visit() { # visit <session id>: what a member does after logging in
    for page in account/dashboard.xhtml events/my-events.xhtml account/profile.xhtml; do
        curl -s -o /dev/null -b "JSESSIONID=$1" "$url/$page"
    done
}
histogram() { jcmd "$pid" GC.class_histogram > "$1"; }   # a full GC first: live objects only
live_bytes() { awk '/^Total/ {print $3}' "$1"; }

# warm up every page and class involved, so that the difference is the sessions' own
for i in $(seq 20); do visit "$(log_in admin@civicportal.example "benchmark administrator")"; done
sleep 6 # anonymous pages kept in memory expire
histogram "$work/before"
for i in $(seq "$sessions"); do visit "$(log_in admin@civicportal.example "benchmark administrator")"; done
sleep 6
histogram "$work/after"

before=$(live_bytes "$work/before")
after=$(live_bytes "$work/after")
echo
echo "Live heap: $((before / 1024)) KiB before, $((after / 1024)) KiB after $sessions more logged-in sessions"
awk -v b="$before" -v a="$after" -v n="$sessions" 'BEGIN { printf "Heap per logged-in session: %.1f KB\n", (a - b) / n / 1000 }'
echo
echo "Classes that grew most (bytes per session, instances per session):"
awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { b[$4] = $3; c[$4] = $2; next }
     $1 ~ /^[0-9]+:$/ { d = $3 - b[$4]; if (d > 0) printf "%10.0f %8.1f  %s\n", d / n, ($2 - c[$4]) / n, $4 }' \
    n="$sessions" "$work/before" "$work/after" | sort -rn | head -15
