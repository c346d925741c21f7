#!/usr/bin/env bash
# Starts the portal as a cluster: N Payara Micro nodes (default 2) on one MariaDB/MySQL database,
# joined in one Hazelcast cluster found over TCP/IP on loopback (no multicast), with nginx in front
# as the one address, http://localhost:${PORT:-8080}/. Sessions are kept in the cluster, so a
# person stays logged in when the node that served them stops. Ctrl-C stops everything.
#
# Settings (environment): PORT (8080); PORTAL_DB_URL (jdbc:mysql://127.0.0.1:3306/civicportal_cluster,
# created if missing), PORTAL_DB_USER (root), PORTAL_DB_PASSWORD (empty); PORTAL_DEMO_DATA (true);
# NODE_PORT (first node's HTTP port, 8081; the others follow); CLUSTER_PORT (first node's Hazelcast
# port, 6901); CLUSTER_NAME (civicportal: nodes of another name never join); JAVA_OPTS as for run.sh;
# CLUSTER_DIR (data/cluster: each node's log and, while it runs, its process id; nginx settings).
# Needs Java 17, Maven, nginx (Debian package nginx-light) and a MariaDB or MySQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
. cluster/nodes.sh

nodes="${1:-2}"
[[ "$nodes" =~ ^[1-9]$ ]] || { echo "usage: cluster/run.sh [nodes, 1-9]" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is needed: apt-get install nginx-light" >&2; exit 1; }

export PORTAL_DB_URL="${PORTAL_DB_URL:-jdbc:mysql://127.0.0.1:3306/civicportal_cluster}"
export PORTAL_DB_USER="${PORTAL_DB_USER:-root}"
export PORTAL_DB_PASSWORD="${PORTAL_DB_PASSWORD:-}"
export PORTAL_DEMO_DATA="${PORTAL_DEMO_DATA:-true}"
# nginx passes on the client's address; the nodes believe it from nginx only
export PORTAL_TRUSTED_PROXIES="${PORTAL_TRUSTED_PROXIES:-127.0.0.1}"
port="${PORT:-8080}"
export PORTAL_BASE_URL="${PORTAL_BASE_URL:-http://localhost:${port}/}"

mvn -B -q -DskipTests package
cluster_create_database

trap 'cluster_stop' EXIT
trap 'exit 130' INT TERM

# The first node alone first: it migrates the schema and seeds the demonstration content, which
# two nodes starting on an empty database at once would both try to do.
cluster_start_node 1 "$nodes"
cluster_wait_healthy 1
for node in $(seq 2 "$nodes"); do
    cluster_start_node "$node" "$nodes"
done
for node in $(seq 2 "$nodes"); do
    cluster_wait_healthy "$node"
done
cluster_start_nginx "$port" "$nodes"

echo
grep -h -A3 "Administrator account created" "$CLUSTER_DIR"/node-1.log || true
echo "The portal runs on $nodes node(s) behind http://localhost:$port/ (logs in $CLUSTER_DIR). Ctrl-C stops it."
wait
