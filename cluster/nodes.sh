# Functions to start and stop the portal's cluster nodes and nginx in front of them; sourced by
# cluster/run.sh and the cluster test (cluster/test.sh). Each node starts exactly as run.sh starts
# the one node (its Java options and the Payara Micro flags it shares), but joins the named
# Hazelcast cluster. Node N's process id is in $CLUSTER_DIR/node-N.pid while it runs.
# shellcheck shell=bash

CLUSTER_DIR="${CLUSTER_DIR:-$PWD/data/cluster}"
CLUSTER_NAME="${CLUSTER_NAME:-civicportal}"
NODE_PORT="${NODE_PORT:-8081}"
CLUSTER_PORT="${CLUSTER_PORT:-6901}"
cluster_java_options="${JAVA_OPTS:-$(sed -n 's/^default_java_options="\(.*\)"$/\1/p' run.sh)}"
cluster_pids=()
cluster_nginx_pid=""
mkdir -p "$CLUSTER_DIR"

cluster_node_port() { echo $((NODE_PORT + $1 - 1)); }

# the Hazelcast address of every node: each finds the others over TCP/IP on loopback
cluster_members() {
    local node members=""
    for node in $(seq "$1"); do
        members="${members:+$members,}127.0.0.1:$((CLUSTER_PORT + node - 1))"
    done
    echo "$members"
}

# Creates the database named in PORTAL_DB_URL if the server does not have it yet.
cluster_create_database() {
    local rest host port name
    rest="${PORTAL_DB_URL#jdbc:mysql://}"
    host="${rest%%/*}"
    name="${rest#*/}"
    name="${name%%\?*}"
    port="${host##*:}"
    [ "$port" = "$host" ] && port=3306
    host="${host%%:*}"
    MYSQL_PWD="$PORTAL_DB_PASSWORD" mariadb --host="$host" --port="$port" --user="$PORTAL_DB_USER" \
        -e "CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# cluster_start_node <node> <nodes>: starts one node in the background, its log in node-<node>.log
cluster_start_node() {
    local node="$1" nodes="$2" root="$CLUSTER_DIR/node-$1"
    rm -rf "$root"
    mkdir -p "$root"
    # run.sh's command file, less the line that keeps sessions in one node's memory: on the
    # cluster they are kept in the data grid, where every node finds them
    grep -v "web-container-availability" portal-web/src/main/payara/pre-boot-commands.txt > "$CLUSTER_DIR/pre-boot-commands.txt"
    # shellcheck disable=SC2086 # the options are words
    java $cluster_java_options -jar portal-web/target/payara-micro.jar \
        --name "node-$node" \
        --clustername "$CLUSTER_NAME" \
        --clustermode "tcpip:$(cluster_members "$nodes")" \
        --interfaces 127.0.0.1 \
        --startport "$((CLUSTER_PORT + node - 1))" \
        --nohostaware \
        --disablephonehome \
        --port "$(cluster_node_port "$node")" \
        --rootdir "$root/payara-root" \
        --prebootcommandfile "$CLUSTER_DIR/pre-boot-commands.txt" \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
        --deploy portal-web/target/portal.war \
        --contextroot / \
        > "$CLUSTER_DIR/node-$node.log" 2>&1 &
    cluster_pids[$node]=$!
    # for whoever else needs to stop this node, as the cluster test does to make it crash
    echo "$!" > "$CLUSTER_DIR/node-$node.pid"
}

# cluster_wait_healthy <node>: waits until the node answers its health check (at most 5 minutes)
cluster_wait_healthy() {
    local node="$1" url
    url="http://127.0.0.1:$(cluster_node_port "$node")/health"
    for _ in $(seq 600); do
        if curl -s -o /dev/null -f "$url"; then
            echo "node $node is up on port $(cluster_node_port "$node")"
            return 0
        fi
        if ! kill -0 "${cluster_pids[$node]}" 2>/dev/null; then
            echo "node $node stopped while starting; see $CLUSTER_DIR/node-$node.log" >&2
            tail -20 "$CLUSTER_DIR/node-$node.log" >&2
            return 1
        fi
        sleep 0.5
    done
    echo "node $node did not start within 5 minutes; see $CLUSTER_DIR/node-$node.log" >&2
    return 1
}

# cluster_start_nginx <port> <nodes>: nginx on <port> in front of the nodes
cluster_start_nginx() {
    local port="$1" nodes="$2" node servers=""
    for node in $(seq "$nodes"); do
        servers="$servers        server 127.0.0.1:$(cluster_node_port "$node") max_fails=1 fail_timeout=5s;"$'\n'
    done
    mkdir -p "$CLUSTER_DIR/nginx"
    sed -e "s|@PORT@|$port|" -e "s|@DIR@|$CLUSTER_DIR/nginx|g" cluster/nginx.conf \
        | awk -v servers="$servers" '{ if ($0 ~ /@SERVERS@/) printf "%s", servers; else print }' > "$CLUSTER_DIR/nginx/nginx.conf"
    nginx -c "$CLUSTER_DIR/nginx/nginx.conf" -g "daemon off;" 2> "$CLUSTER_DIR/nginx/error.log" &
    cluster_nginx_pid=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$port/health" && return 0
        sleep 0.2
    done
    echo "nginx did not start; see $CLUSTER_DIR/nginx/error.log" >&2
    return 1
}

# cluster_kill_node <node>: stops a node at once, as a crash would (kill -9)
cluster_kill_node() {
    kill -9 "${cluster_pids[$1]}" 2>/dev/null || true
    wait "${cluster_pids[$1]}" 2>/dev/null || true
}

# cluster_reap: collects the nodes that have stopped (as one the cluster test kills), leaving the others running
cluster_reap() {
    local node
    for node in "${!cluster_pids[@]}"; do
        kill -0 "${cluster_pids[$node]}" 2>/dev/null || wait "${cluster_pids[$node]}" 2>/dev/null || true
    done
}

cluster_stop() {
    local pid
    [ -n "$cluster_nginx_pid" ] && kill "$cluster_nginx_pid" 2>/dev/null || true
    for pid in "${cluster_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${cluster_pids[@]}" $cluster_nginx_pid; do
        wait "$pid" 2>/dev/null || true
    done
    rm -f "$CLUSTER_DIR"/node-*.pid
}
