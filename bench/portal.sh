# Sourced by the benchmarks: starts a freshly built portal the way run.sh does, on an empty
# embedded database in "$work" (or the one BENCH_DB_URL names), and waits until it serves the page given.
# Needs: $port, $work. Sets: $pid (the portal's process).
start_portal() { # start_portal <page to wait for>
    export PORTAL_DB_URL="${BENCH_DB_URL:-jdbc:h2:file:$work/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE}"
    export PORTAL_BASE_URL="http://127.0.0.1:$port/"
    export PORTAL_ADMIN_PASSWORD="benchmark administrator"
    java -Xmx1g -jar portal-web/target/payara-micro.jar --nocluster --port "$port" --rootdir "$work/root" \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
        --deploy portal-web/target/portal.war --contextroot / > "$work/portal.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/$1"; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
        sleep 0.2
    done
}
