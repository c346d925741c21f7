# Sourced by bench/members.sh and bench/cluster.sh: members with one known password seeded into a
# portal's database, and Gatling runs of their visits (bench/gatling's MemberJourneys) against $base.
# Needs: $work, $db, $members, $password, $think, $base, and the array $mysql (the MariaDB client).
# shellcheck shell=bash
. bench/members/hash.sh

# seed_members: $members members in database $db, one Argon2id hash of $password for all of them,
# made by the portal's own PasswordHasher
seed_members() {
    local hash
    hash="$(password_hash "$password" "$work")"
    "${mysql[@]}" "$db" -e "SET @members = $members; SET @hash = '$hash'; SOURCE bench/members/seed.sql;"
    echo "Seeded $members members (bench-1 … bench-$members@members.example.org), each with a paid membership and a matrix"
}

# ---- Gatling runs; each prints one line: requests/s, p50, p95, p99, max, errors
simulate() { # simulate <requests/s> <seconds> <label>
    mvn -B -q -P bench -pl bench/gatling gatling:test -Dportal.url="$base" -Drate="$1" -Dseconds="$2" \
        -Dmembers="$members" -Dthink="$think" -Dgatling.runDescription="$3" > "$work/gatling.log" 2>&1 || true
    run="$(ls -td bench/gatling/target/gatling/memberjourneys-* 2>/dev/null | head -1)"
    [ -n "$run" ] && [ -f "$run/index.html" ] || { cat "$work/gatling.log" >&2; echo "no Gatling report" >&2; exit 1; }
    python3 bench/members/report.py "$run/index.html" total "$1"
}
per_request() { # the last run's figures by request
    run="$(ls -td bench/gatling/target/gatling/memberjourneys-* | head -1)"
    python3 bench/members/report.py "$run/index.html" requests
    echo "  report: $run/index.html"
}
header() { printf '%8s %10s %6s %6s %6s %6s %8s %7s\n' "asked/s" "served r/s" "p50" "p95" "p99" "max" "requests" "errors"; }
