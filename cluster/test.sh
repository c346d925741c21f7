#!/usr/bin/env bash
# The cluster test: two Payara Micro nodes in one Hazelcast cluster behind nginx, on a fresh
# MariaDB database, driven over HTTP by cluster/driver (ClusterTest: one JUnit class, run by Maven's
# "cluster" profile) as members and an administrator use the portal. It checks that a member
# outlives the node they were on (kill -9) and their open form still goes through, that 200
# registrations for 50 seats on both nodes at once seat exactly 50, that mail queued on both nodes
# is delivered exactly once, that the log-in throttle counts across nodes, that a change of roles on
# one node ends the person's session on the other, and that a page kept in memory on both nodes
# changes on both after an edit; and prints the failover time. Stops what it started and drops the
# database; exits non-zero when a scenario fails.
#
# Needs Java 17, Maven, nginx (Debian package nginx-light), curl and MariaDB at 127.0.0.1:3306
# (root, no password), like the benchmarks.
# Settings (environment): PORT (nginx, 8280); NODE_PORT (node 1's HTTP port, 8281; node 2 the next);
# CLUSTER_PORT (node 1's Hazelcast port, 6931; node 2 the next); SMTP_PORT (the driver's GreenMail,
# 3047); CLUSTER_TEST_DB (civicportal_cluster_test, dropped and created); CLUSTER_NAME
# (civicportal-test); CLUSTER_DIR (data/cluster-test: the nodes' logs, the driver's log and the
# report); MAVEN_FLAGS (e.g. -o for an offline build); CLUSTER_TEST_KEEP_DB=1 keeps the database.
set -euo pipefail
cd "$(dirname "$0")/.."

export CLUSTER_DIR="${CLUSTER_DIR:-$PWD/data/cluster-test}"
export CLUSTER_NAME="${CLUSTER_NAME:-civicportal-test}"
export NODE_PORT="${NODE_PORT:-8281}"
export CLUSTER_PORT="${CLUSTER_PORT:-6931}"
port="${PORT:-8280}"
smtp_port="${SMTP_PORT:-3047}"
db="${CLUSTER_TEST_DB:-civicportal_cluster_test}"
# shellcheck disable=SC2206 # the flags are words
maven=(mvn -B ${MAVEN_FLAGS:-})
mysql=(mariadb --host=127.0.0.1 --port=3306 --user=root --protocol=tcp)
# members bench-1 … bench-203: 200 race for seats, the last three have a scenario each
members=203
member_password="benchmark member password"
admin_email="admin@cluster-test.example.org"
admin_password="cluster test administrator"

. cluster/nodes.sh
. bench/members/hash.sh

started=$SECONDS
step() { printf '[%3d s] %s\n' $((SECONDS - started)) "$*"; }

for tool in java mvn nginx curl mariadb; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed" >&2; exit 1; }
done

stop_all() {
    cluster_stop
    [ "${CLUSTER_TEST_KEEP_DB:-}" = 1 ] || "${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`" || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

step "Building the portal and the test driver"
"${maven[@]}" -q -DskipTests package
"${maven[@]}" -q -P cluster -pl cluster/driver test-compile
rm -f "$CLUSTER_DIR/report.txt" "$CLUSTER_DIR/driver.log"

step "A fresh database, $db"
"${mysql[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export PORTAL_DB_URL="jdbc:mysql://127.0.0.1:3306/$db"
export PORTAL_DB_USER=root PORTAL_DB_PASSWORD=""
export PORTAL_DEMO_DATA=false
export PORTAL_ADMIN_EMAIL="$admin_email" PORTAL_ADMIN_PASSWORD="$admin_password"
# the driver's SMTP server, started before anything sends mail
export PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp_port"
export PORTAL_TRUSTED_PROXIES=127.0.0.1
export PORTAL_BASE_URL="http://127.0.0.1:$port/"
# kept pages last ten minutes here, not five seconds: a page that changes on the other node has
# changed because that node was told, not because its copy ran out
export PORTAL_PAGE_CACHE_SECONDS=600

# node 1 alone first: it migrates the schema and creates the administrator
step "Starting node 1 (port $(cluster_node_port 1))"
cluster_start_node 1 2
cluster_wait_healthy 1
step "Starting node 2 (port $(cluster_node_port 2)); seeding $members members and the test's events meanwhile"
cluster_start_node 2 2

# one Argon2id hash of the members' password, made by the portal's own PasswordHasher
hash="$(password_hash "$member_password" "$CLUSTER_DIR")"
"${mysql[@]}" "$db" -e "SET @members = $members; SET @hash = '$hash'; SOURCE bench/members/seed.sql; SOURCE cluster/test-seed.sql;"

cluster_wait_healthy 2
# both nodes in one data grid, or sessions and signals stay on one node
for _ in $(seq 60); do
    grep -q "DG Size: 2" "$CLUSTER_DIR/node-2.log" && break
    sleep 0.5
done
grep -q "DG Size: 2" "$CLUSTER_DIR/node-2.log" || { echo "node 2 did not join node 1's cluster; see $CLUSTER_DIR/node-2.log" >&2; exit 1; }
cluster_start_nginx "$port" 2
step "Two nodes in one cluster, nginx on port $port; running the scenarios"

# the driver kills node 1 (kill -9); the shell's note that a background job was killed goes nowhere
exec 3>&2 2>/dev/null
set +e
"${maven[@]}" -P cluster -pl cluster/driver verify \
    -Dnode1.url="http://127.0.0.1:$(cluster_node_port 1)/" -Dnode2.url="http://127.0.0.1:$(cluster_node_port 2)/" \
    -Dnginx.url="http://127.0.0.1:$port/" -Dcluster.dir="$CLUSTER_DIR" \
    -Ddb.url="$PORTAL_DB_URL" -Ddb.user=root -Ddb.password= \
    -Dadmin.email="$admin_email" -Dadmin.password="$admin_password" -Dmember.password="$member_password" \
    -Dsmtp.port="$smtp_port" -Dreport.file="$CLUSTER_DIR/report.txt" \
    2>&1 | tee "$CLUSTER_DIR/driver.log" | grep --line-buffered -E '^(---|PASS|FAIL|  figure:)'
driver=${PIPESTATUS[0]}
set -e
cluster_reap
exec 2>&3 3>&-

echo
if [ -f "$CLUSTER_DIR/report.txt" ]; then
    cat "$CLUSTER_DIR/report.txt"
else
    tail -40 "$CLUSTER_DIR/driver.log"
fi
step "Done (logs in $CLUSTER_DIR)"
if [ "$driver" -ne 0 ]; then
    echo "The cluster test FAILED; the driver's output is in $CLUSTER_DIR/driver.log" >&2
    exit 1
fi
echo "The cluster test passed."
