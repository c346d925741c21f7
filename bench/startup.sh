#!/usr/bin/env bash
# Benchmark: how long the portal takes from the start of its process to its first page served, next
# to an empty Payara Micro (a war of one HTML page) started the same way (run.sh's Java options and
# Payara Micro flags), and the resident memory of each after start-up and after a short load.
# Each is started ${1:-3} times, one after the other, on port ${BENCH_PORT:-8184}; the portal each time
# on a fresh embedded H2 database with its demonstration content. Needs curl and wrk.
# Usage: bench/startup.sh [starts of each, default 3] [seconds of load per page, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh

runs="${1:-3}"
seconds="${2:-3}"
port="${BENCH_PORT:-8184}"
base="$(mktemp -d)"
pid=""
stop() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=""
    fi
}
trap 'stop; rm -rf "$base"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ ! -f portal-web/target/portal.war ] || [ -n "$(find . -path '*/src/main/*' -newer portal-web/target/portal.war -print -quit)" ]; then
    mvn -B -q -DskipTests package
fi

# the empty application: one static page
mkdir "$base/empty"
echo '<!DOCTYPE html><html lang="en"><title>Empty</title><p>Nothing here.</p></html>' > "$base/empty/index.html"
(cd "$base/empty" && jar cf ../empty.war index.html)

load() { # load <kind>: a few seconds of wrk on each page a visitor reads, then as logged-in people
    local url="http://127.0.0.1:$port" session i
    if [ "$1" = empty ]; then
        wrk -t2 -c8 -d"$((seconds * 8))s" "$url/index.html" > /dev/null
        return
    fi
    for page in index.xhtml login.xhtml events/events.xhtml "events/event.xhtml?id=1" decision/index.xhtml \
                library/index.xhtml providers/; do
        wrk -t2 -c8 -d"${seconds}s" "$url/$page" > /dev/null
    done
    # twenty people logged in (the administrator twenty times), each reading their own pages
    for i in $(seq 20); do
        session=$(log_in admin@civicportal.example "benchmark administrator")
        for page in account/dashboard.xhtml events/my-events.xhtml account/profile.xhtml; do
            curl -s -o /dev/null -b "JSESSIONID=$session" "$url/$page"
        done
    done
    wrk -t2 -c8 -d"${seconds}s" -H "Cookie: JSESSIONID=$session" "$url/account/dashboard.xhtml" > /dev/null
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "Java options: $bench_java_options; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %4s %12s %18s %16s\n' "" run "first page" "RSS after start" "RSS after load"
for run in $(seq "$runs"); do
    for kind in empty portal; do
        work="$base/$kind-$run"
        mkdir -p "$work"
        start=$(date +%s%N)
        if [ "$kind" = empty ]; then
            start_payara "$base/empty.war" index.html "$work/payara.log"
        else
            start_portal index.xhtml
        fi
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        started=$(resident_mib "$pid")
        load "$kind"
        loaded=$(resident_mib "$pid")
        stop
        echo "$ms" >> "$base/$kind.ms"
        echo "$started" >> "$base/$kind.started"
        echo "$loaded" >> "$base/$kind.loaded"
        printf '%-8s %4s %9s ms %14s MiB %12s MiB\n' "$kind" "$run" "$ms" "$started" "$loaded"
    done
done

echo
for kind in empty portal; do
    printf '%-8s median %9s ms %14s MiB %12s MiB\n' "$kind" "$(median < "$base/$kind.ms")" \
        "$(median < "$base/$kind.started")" "$(median < "$base/$kind.loaded")"
done
awk -v p="$(median < "$base/portal.ms")" -v e="$(median < "$base/empty.ms")" \
    'BEGIN { printf "Start-up, portal / empty Payara Micro: %.2f\n", p / e }'
