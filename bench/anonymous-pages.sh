#!/usr/bin/env bash
# Benchmark: the public pages an anonymous visitor reads, each next to nginx serving the very same
# bytes, in one run on this machine. Starts its own portal on port ${BENCH_PORT:-8180} (embedded H2
# unless BENCH_DB_URL names another database) and its own nginx on ${BENCH_NGINX_PORT:-8182}, loads
# each page with wrk, prints requests/s side by side with the ratio, and stops both.
# Needs: wrk and nginx (Debian packages "wrk" and "nginx-light" or "nginx").
# Usage: bench/anonymous-pages.sh [seconds per page, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh
. bench/nginx.sh

seconds="${1:-10}"
port="${BENCH_PORT:-8180}"
nginx_port="${BENCH_NGINX_PORT:-8182}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16}"
work="$(mktemp -d)"
nginx_pid=""
trap 'kill "$pid" 2>/dev/null || true; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed: apt-get install wrk nginx-light" >&2; exit 1; }
done
[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

start_portal index.xhtml
if [ -n "${BENCH_DB_URL:-}" ]; then echo "Database: $BENCH_DB_URL"; else echo "Database: embedded H2"; fi
base="http://127.0.0.1:$port"

# addresses that exist only once the demonstration data is there: the first of each kind
first_link() { # first_link <page> <prefix>: the first href on the page that starts with the prefix
    { curl -s "$base/$1" | grep -o "href=\"/$2[^\"]*\"" || true; } | sed -n '1{s/^href="\///; s/"$//; s/&amp;/\&/g; p}'
}
event="$(first_link events/events.xhtml 'events/event.xhtml?id=')"
case_study="$(first_link library/case-studies.xhtml 'library/case-studies/')"
listing="$(first_link providers/ 'providers/[a-z0-9-]*/')"
provider="${listing%/*}"

echo "Pages with demonstration data: /$event /$case_study /$provider /$listing"
# the first is a static file: what Payara Micro itself serves at most, for comparison
pages=(favicon.svg "" about.xhtml events/events.xhtml "$event" decision/index.xhtml dues.xhtml library/ "$case_study" providers/ "$provider" "$listing")

# nginx serves each page's bytes, as an anonymous visitor received them, with the same content type
mkdir -p "$work/www"
for i in "${!pages[@]}"; do
    curl -s -o "$work/www/page$i.html" "$base/${pages[$i]}"
done
cp "$work/www/page0.html" "$work/www/page0.svg"
start_nginx

rate() { # rate <url>: requests per second under wrk, after a warm-up
    wrk -t"$threads" -c"$connections" -d3s "$1" > /dev/null
    wrk -t"$threads" -c"$connections" -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'
}

# the portal's JIT compiles its hot paths in its first minute or so under load, as on any real
# day's first visits: one round over every page first, so the first pages are not measured cold
for page in "${pages[@]}"; do
    wrk -t"$threads" -c"$connections" -d5s "$base/$page" > /dev/null
done

echo
printf '%-62s %8s %10s %10s %7s %6s %7s\n' "page (anonymous)" "bytes" "nginx r/s" "portal r/s" "ratio" "cache" "cookies"
for i in "${!pages[@]}"; do
    page="${pages[$i]}"
    headers="$(curl -s -D - -o /dev/null "$base/$page")"
    cookies="$(grep -ci '^set-cookie' <<< "$headers" || true)"
    source="$(awk -F': ' 'tolower($1) == "x-page-cache" {gsub(/\r/, "", $2); print $2}' <<< "$headers")"
    file="page$i.html"
    [ "$i" -eq 0 ] && file="page0.svg"
    static="$(rate "http://127.0.0.1:$nginx_port/$file")"
    portal="$(rate "$base/$page")"
    ratio="$(awk -v p="$portal" -v s="$static" 'BEGIN {printf "%.1f %%", 100 * p / s}')"
    printf '%-62s %8s %10s %10s %7s %6s %7s\n' "/$page" "$(stat -c %s "$work/www/page$i.html")" "$static" "$portal" "$ratio" \
        "${source:-none}" "$cookies"
done

# a revalidation: the visitor's copy is current, so 304 and no body
tag="$(curl -s -D - -o /dev/null "$base/$event" | awk -F': ' 'tolower($1) == "etag" {gsub(/\r/, "", $2); print $2}')"
echo
echo "Conditional GET of /$event with its ETag: HTTP $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $tag" "$base/$event")"
echo "Resident memory of the portal after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
