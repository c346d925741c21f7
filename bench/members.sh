#!/usr/bin/env bash
# Benchmark: members using the portal (bench/members.md says what a visit does), with Gatling in the
# open model. Creates a fresh MariaDB database, starts the portal on it (its migrations and
# demonstration data run at start), seeds members with one known password, warms the portal up,
# runs the visits at 50 requests/s, then steps the rate up to find the highest one at which the
# 99th percentile stays at or under 100 ms with no error, and serves the same pages' bytes from nginx
# for comparison. Stops what it started and drops the database.
# Needs: MariaDB at 127.0.0.1:3306 (root, no password), Maven, wrk and nginx ("nginx-light").
# Usage: bench/members.sh [seconds at 50 requests/s (or BENCH_MAIN_RATE), default 60]
# Settings (environment): BENCH_MAIN_RATE (50 requests/s), BENCH_PORT (8091), BENCH_NGINX_PORT (8095), BENCH_DB (civicportal_bench_members),
#   BENCH_MEMBERS (3000), BENCH_STEP_SECONDS (30), BENCH_RATES ("75 100 150 200 250 300 400 500"),
#   BENCH_WARMUP_RATE (30 requests/s) and BENCH_WARMUP_SECONDS (90) for the run before the measured ones,
#   BENCH_LOWER_RATES ("40 30 25 20 15 10 5": tried in turn when the first rate already fails),
#   BENCH_THINK_MILLIS (1000: the longest pause between two pages), BENCH_JAVA_OPTS (the portal's JVM options,
#   default -Xmx1g), BENCH_JFR (a file: record the 50 requests/s run with Java Flight Recorder).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/nginx.sh
. bench/members/visits.sh

seconds="${1:-60}"
main_rate="${BENCH_MAIN_RATE:-50}"
port="${BENCH_PORT:-8091}"
nginx_port="${BENCH_NGINX_PORT:-8095}"
db="${BENCH_DB:-civicportal_bench_members}"
members="${BENCH_MEMBERS:-3000}"
step_seconds="${BENCH_STEP_SECONDS:-30}"
rates="${BENCH_RATES:-75 100 150 200 250 300 400 500}"
lower_rates="${BENCH_LOWER_RATES:-40 30 25 20 15 10 5}"
warm_rate="${BENCH_WARMUP_RATE:-30}"
warm_seconds="${BENCH_WARMUP_SECONDS:-90}"
think="${BENCH_THINK_MILLIS:-1000}"
password="benchmark member password"
base="http://127.0.0.1:$port/"
work="$(mktemp -d)"
pid=""
nginx_pid=""
mysql=(mysql -uroot -h127.0.0.1 --protocol=tcp)

stop_all() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    "${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`" || true
    rm -rf "$work"
}
trap stop_all EXIT

for tool in wrk nginx mysql mvn; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed" >&2; exit 1; }
done
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package
mvn -B -q -P bench -pl bench/gatling test-compile

# ---- a fresh database and a portal on it
"${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
export PORTAL_DB_URL="jdbc:mysql://127.0.0.1:3306/$db"
export PORTAL_DB_USER=root PORTAL_DB_PASSWORD=""
export PORTAL_BASE_URL="$base"
export PORTAL_ADMIN_PASSWORD="benchmark administrator"
# the JVM options are this benchmark's own (bench/portal.sh keeps the project's defaults)
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar portal-web/target/payara-micro.jar --nocluster --port "$port" --rootdir "$work/root" \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
    --deploy portal-web/target/portal.war --contextroot / > "$work/portal.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "${base}index.xhtml"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
    sleep 0.5
done
echo "Portal ready on $base, database $db"

seed_members

echo
# the JIT compiles the hot paths in the first minutes under load: measured runs come after
echo "Warm-up: $warm_rate requests/s for $warm_seconds s"
header
simulate "$warm_rate" "$warm_seconds" warm-up

echo
echo "Members at $main_rate requests/s for $seconds s (times in ms)"
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$pid" JFR.start name=members settings=profile filename="$BENCH_JFR" > /dev/null
fi
header
main="$(simulate "$main_rate" "$seconds" "$main_rate requests/s")"
echo "$main"
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$pid" JFR.stop name=members > /dev/null
    echo "Flight recording: $BENCH_JFR"
fi
printf '  %-28s %6s %6s %6s %6s %6s %6s\n' "request" "count" "p50" "p95" "p99" "max" "errors"
per_request

echo
echo "Stepping up ($step_seconds s a step) while p99 <= 100 ms and no error"
header
best=""
read -r _ _ _ _ p99 _ _ errors <<< "$main"
[ "$p99" -le 100 ] && [ "$errors" -eq 0 ] && best="$main_rate"
for rate in $rates; do
    line="$(simulate "$rate" "$step_seconds" "$rate requests/s")"
    echo "$line"
    read -r _ _ _ _ p99 _ _ errors <<< "$line"
    if [ "$p99" -gt 100 ] || [ "$errors" -gt 0 ]; then
        break
    fi
    best="$rate"
done
if [ -z "$best" ]; then
    echo "Stepping down from $main_rate requests/s until p99 <= 100 ms and no error"
    header
    for rate in $lower_rates; do
        line="$(simulate "$rate" "$step_seconds" "$rate requests/s")"
        echo "$line"
        read -r _ _ _ _ p99 _ _ errors <<< "$line"
        if [ "$p99" -le 100 ] && [ "$errors" -eq 0 ]; then
            best="$rate"
            break
        fi
    done
fi
echo "Highest rate with p99 <= 100 ms and no error: ${best:-none} requests/s"

# ---- nginx serving the same pages' bytes, as a member received them
mkdir -p "$work/www"
jar="$work/cookies"
state="$(curl -s -c "$jar" "${base}login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')"
curl -s -b "$jar" -c "$jar" -o /dev/null -H "Origin: http://127.0.0.1:$port" \
    --data-urlencode "login=login" --data-urlencode "login:returnTo=" --data-urlencode "login:email=bench-1@members.example.org" \
    --data-urlencode "login:password=$password" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
    "${base}login.xhtml"
event="$(curl -s -b "$jar" "${base}events/events.xhtml" | grep -o 'event\.xhtml?id=[0-9]*"[^>]*>Benchmark webinar' | head -1 | sed 's/.*id=//; s/".*//')"
matrix="$(curl -s -b "$jar" "${base}decision/matrices.xhtml" | grep -o 'matrix\.xhtml?id=[0-9]*' | head -1 | sed 's/.*id=//')"
pages=(login.xhtml account/dashboard.xhtml events/events.xhtml "events/event.xhtml?id=$event" events/my-events.xhtml
    membership/membership.xhtml decision/matrices.xhtml "decision/matrix.xhtml?id=$matrix" "decision/results.xhtml?id=$matrix")
for i in "${!pages[@]}"; do
    curl -s -b "$jar" -o "$work/www/page$i.html" "$base${pages[$i]}"
done
start_nginx
echo
echo "nginx serving the same bytes (wrk, 2 threads, 16 connections, 5 s a page)"
printf '%-40s %8s %10s\n' "page (as member bench-1 saw it)" "bytes" "nginx r/s"
total_time=0
for i in "${!pages[@]}"; do
    rate="$(wrk -t2 -c16 -d5s "http://127.0.0.1:$nginx_port/page$i.html" | awk '/Requests\/sec/ {print $2}')"
    printf '%-40s %8s %10s\n' "/${pages[$i]}" "$(stat -c %s "$work/www/page$i.html")" "$rate"
    total_time="$(awk -v t="$total_time" -v r="$rate" 'BEGIN {print t + 1 / r}')"
done
nginx_mix="$(awk -v t="$total_time" -v n="${#pages[@]}" 'BEGIN {printf "%.0f", n / t}')"
echo "nginx, these pages in equal shares: $nginx_mix requests/s"
if [ -n "$best" ]; then
    awk -v b="$best" -v n="$nginx_mix" 'BEGIN {printf "Portal at its highest rate with p99 <= 100 ms: %s requests/s = 1/%.0f of nginx\n", b, n / b}'
fi
echo "Resident memory of the portal: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
