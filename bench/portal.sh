# Sourced by the benchmarks: starts a freshly built portal the way run.sh does (its Java options and
# Payara Micro flags), on an empty embedded database in "$work" (or the one BENCH_DB_URL names), and
# waits until it serves the page given.
# Needs: $port, $work. Sets: $pid (the portal's process).

# run.sh's own default Java options, read from it so that the benchmarks never drift from it
bench_java_options="${JAVA_OPTS:-$(sed -n 's/^default_java_options="\(.*\)"$/\1/p' run.sh)}"
bench_payara_flags="$(sed -n 's/^payara_flags="\(.*\)"$/\1/p' run.sh)"

start_payara() { # start_payara <war> <page to wait for> <log file>: Payara Micro as run.sh starts it
    # shellcheck disable=SC2086 # the options and flags are words
    java $bench_java_options -jar portal-web/target/payara-micro.jar $bench_payara_flags --port "$port" --rootdir "$work/root" \
        --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
        --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
        --deploy "$1" --contextroot / > "$3" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/$2"; do
        kill -0 "$pid" 2>/dev/null || { cat "$3"; exit 1; }
        sleep 0.05
    done
}

start_portal() { # start_portal <page to wait for>
    export PORTAL_DB_URL="${BENCH_DB_URL:-jdbc:h2:file:$work/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE}"
    export PORTAL_BASE_URL="http://127.0.0.1:$port/"
    export PORTAL_ADMIN_PASSWORD="benchmark administrator"
    start_payara portal-web/target/portal.war "$1" "$work/portal.log"
}

log_in() { # log_in <email> <password>: logs in through the log-in form as a browser does; prints the session id
    local form state
    form=$(curl -s "http://127.0.0.1:$port/login.xhtml")
    state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<< "$form" | head -1)
    curl -s -o /dev/null -D - -H "Referer: http://127.0.0.1:$port/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:returnTo=" --data-urlencode "login:email=$1" \
        --data-urlencode "login:password=$2" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
        "http://127.0.0.1:$port/login.xhtml" | sed -n 's/^[Ss]et-[Cc]ookie: JSESSIONID=\([^;]*\);.*/\1/p' | head -1
}

resident_mib() { # resident_mib <pid>: the process's resident memory (VmRSS) in MiB
    echo $(( $(awk '/^VmRSS:/ {print $2}' "/proc/$1/status") / 1024 ))
}
