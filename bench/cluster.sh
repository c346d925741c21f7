#!/usr/bin/env bash
# Benchmark: the member mix of bench/members.sh (Gatling, open model) through nginx, first on one
# node, then on two nodes of a cluster started as cluster/run.sh starts them, on a fresh MariaDB
# database each time with the same seeded members: what a second node changes, with sessions kept
# in the data grid. Prints a line per rate for each (requests/s served, p50, p95, p99, max, errors).
# Needs what bench/members.sh needs (MariaDB at 127.0.0.1:3306, root, no password; Maven; nginx).
# Usage: bench/cluster.sh [seconds a rate, default 60]
# Settings (environment): BENCH_CLUSTER_RATES ("20 40 60" requests/s), BENCH_MEMBERS (2000),
#   BENCH_WARMUP_RATE (20) and BENCH_WARMUP_SECONDS (60) before the measured runs, BENCH_THINK_MILLIS (1000),
#   BENCH_PORT (nginx, 8480), nodes on 8481 and 8482 (Hazelcast 6951, 6952), BENCH_DB (civicportal_bench_cluster).
set -euo pipefail
cd "$(dirname "$0")/.."

export CLUSTER_DIR
CLUSTER_DIR="$(mktemp -d)"
export CLUSTER_NAME=civicportal-bench NODE_PORT=8481 CLUSTER_PORT=6951
. cluster/nodes.sh
. bench/members/visits.sh

seconds="${1:-60}"
rates="${BENCH_CLUSTER_RATES:-20 40 60}"
members="${BENCH_MEMBERS:-2000}"
warm_rate="${BENCH_WARMUP_RATE:-20}"
warm_seconds="${BENCH_WARMUP_SECONDS:-60}"
think="${BENCH_THINK_MILLIS:-1000}"
port="${BENCH_PORT:-8480}"
db="${BENCH_DB:-civicportal_bench_cluster}"
password="benchmark member password"
base="http://127.0.0.1:$port/"
work="$CLUSTER_DIR"
mysql=(mysql -uroot -h127.0.0.1 --protocol=tcp)

export PORTAL_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" PORTAL_DB_USER=root PORTAL_DB_PASSWORD=""
export PORTAL_DEMO_DATA=false PORTAL_BASE_URL="$base" PORTAL_ADMIN_PASSWORD="benchmark administrator"
export PORTAL_TRUSTED_PROXIES=127.0.0.1

finish() {
    cluster_stop
    "${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`" || true
    rm -rf "$CLUSTER_DIR"
}
trap finish EXIT

[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package
mvn -B -q -P bench -pl bench/gatling test-compile

echo "$(nproc) cores; Java options of each node: $cluster_java_options"
for nodes in 1 2; do
    "${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
    cluster_start_node 1 "$nodes"
    cluster_wait_healthy 1 > /dev/null
    for node in $(seq 2 "$nodes"); do
        cluster_start_node "$node" "$nodes"
        cluster_wait_healthy "$node" > /dev/null
    done
    cluster_start_nginx "$port" "$nodes"
    seed_members > /dev/null
    echo
    echo "$nodes node(s) behind nginx: warm-up at $warm_rate requests/s for $warm_seconds s, then $seconds s a rate (times in ms)"
    simulate "$warm_rate" "$warm_seconds" warm-up > /dev/null
    header
    for rate in $rates; do
        simulate "$rate" "$seconds" "$nodes node(s), $rate requests/s"
    done
    for node in $(seq "$nodes"); do
        echo "  node $node: $(( $(ps -o rss= -p "${cluster_pids[$node]}") / 1024 )) MiB resident"
    done
    cluster_stop
    cluster_pids=()
    cluster_nginx_pid=""
done
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
