#!/usr/bin/env bash
# Benchmark: throughput of the provider directory's public pages (the directory, a search with
# facets, a provider's profile, a listing), each as a ratio to a static file served by the same
# portal in the same run (the favicon), and the SQL statements each page runs. Starts its own portal
# on port ${BENCH_PORT:-8182} with an empty embedded database: a first start builds the schema and
# the demonstration members; the four demonstration providers are added if missing (approved); a
# second start publishes their demonstration listings and, with H2's statement trace on, counts
# the SQL of one request of each page; a third start, without the trace, is loaded with wrk
# (Debian package "wrk"). Prints the figures and stops the portal.
# Usage: bench/directory.sh [seconds per page, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
port="${BENCH_PORT:-8182}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16}"
work="$(mktemp -d)"
pid=""
trap 'stop_portal; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

base="http://127.0.0.1:$port"
database="$work/portal"
unzip -p portal-web/target/portal.war "$(unzip -Z1 portal-web/target/portal.war | grep 'WEB-INF/lib/h2-.*\.jar')" > "$work/h2.jar"

start_portal() { # start_portal <extra JDBC URL settings>
    export PORTAL_DB_URL="jdbc:h2:file:$database;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE$1"
    export PORTAL_BASE_URL="$base/"
    export PORTAL_ADMIN_PASSWORD="benchmark administrator"
    rm -rf "$work/root"
    java -Xmx1g -jar portal-web/target/payara-micro.jar --nocluster --port "$port" --rootdir "$work/root" \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
        --deploy portal-web/target/portal.war --contextroot / >> "$work/portal.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$base/providers/"; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
        sleep 0.2
    done
}

stop_portal() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=""
    fi
}

# an approved demonstration provider, unless one with the address exists (when the providers'
# own demonstration data made it): <slug> <name> <type>
provider_sql() {
    echo "INSERT INTO provider_organisation (slug, name, organisation_type, website, description, head_office, contact_name,"
    echo "  contact_email, status, applied_by, applied_at, decided_at, version)"
    echo "SELECT '$1', '$2', '$3', 'https://$1.example.org', '$2 helps local governments deliver services together.',"
    echo "  'Salem, Oregon', 'Luis Romero', 'contact@$1.example.org', 'APPROVED', a.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0"
    echo "FROM account a WHERE a.email = 'luis.romero@demo.civicportal.example'"
    echo "AND NOT EXISTS (SELECT 1 FROM provider_organisation o WHERE o.slug = '$1');"
}

echo "First start: schema and demonstration members"
start_portal ""
stop_portal
{
    provider_sql civic-shared-services "Civic Shared Services LLC" FIRM
    provider_sql community-partners-network "Community Partners Network" NONPROFIT
    provider_sql university-center-local-government "University Center for Local Government" UNIVERSITY
    provider_sql mid-valley-council-of-governments "Mid-Valley Council of Governments" GOVERNMENT_BODY
} > "$work/providers.sql"
java -cp "$work/h2.jar" org.h2.tools.RunScript -url "jdbc:h2:file:$database;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" \
    -user sa -script "$work/providers.sql"

directory="providers/"
facets="providers/?q=shared&partnership=INTERGOVERNMENTAL&region=US-OR&type=FIRM"
profile="providers/civic-shared-services"
listing="providers/civic-shared-services/shared-fleet-maintenance-feasibility-studies"

echo "Second start: the demonstration listings are published; SQL statements per request, from H2's trace"
start_portal ";TRACE_LEVEL_FILE=2"
trace="$database.trace.db"
sql_of() { # sql_of <path>: statements run by one request of the page, after a warm-up request
    curl -sf -o /dev/null "$base/$1"
    sleep 0.3
    local before after
    before=$(grep -c '/\*SQL' "$trace" || true)
    curl -sf -o /dev/null "$base/$1"
    sleep 0.3
    after=$(grep -c '/\*SQL' "$trace" || true)
    echo $(( after - before ))
}
listed=$(curl -s "$base/$directory" | sed -n 's/.*<p id="count" role="status">\([0-9]*\) listing.*/\1/p')
declare -A sql
for page in "$directory" "$facets" "$profile" "$listing"; do
    sql[$page]=$(sql_of "$page")
done
stop_portal

echo "Third start: throughput"
start_portal ""

# measure <label> <path>: prints one line, keeps the req/s in $rps
measure() {
    local label="$1" path="$2"
    local cookies status out latency p99 errors ratio
    cookies=$(curl -s -D - -o /dev/null "$base/$path" | grep -ci '^set-cookie' || true)
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/$path")
    wrk -t"$threads" -c"$connections" -d3s "$base/$path" > /dev/null   # warm-up
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base/$path")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    latency=$(awk '$1 == "Latency" && $2 != "Distribution" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ' ' || true)
    ratio=$(awk -v a="$rps" -v b="${favicon_rps:-$rps}" 'BEGIN {printf "%.3f", a / b}')
    printf "%-34s %6s %10s %9s %9s %8s %10s %5s  %s\n" "$label" "$status" "$rps" "$latency" "$p99" "$ratio" "$cookies" "${sql[$path]:--}" "$errors"
}

echo "$(nproc) processors; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $threads threads, $connections connections, ${seconds}s per page after a 3 s warm-up; portal on port $port"
echo "listings in the directory: ${listed:-?}"
printf "%-34s %6s %10s %9s %9s %8s %10s %5s\n" "page" "status" "req/s" "mean lat" "p99 lat" "/favicon" "Set-Cookie" "SQL"
measure "favicon.svg (static)" favicon.svg
favicon_rps="$rps"
measure "directory" "$directory"
measure "directory, words and facets" "$facets"
measure "provider profile" "$profile"
measure "listing" "$listing"
echo
echo "Resident memory after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
