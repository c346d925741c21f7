#!/usr/bin/env bash
# Every figure of the portal's speed on one node, in one run on this machine: the public pages next
# to nginx serving the same bytes, the member mix under Gatling (50 requests/s and the highest rate
# that holds p99 <= 100 ms), start-up and resident memory next to an empty Payara Micro, heap per
# logged-in session, and the SQL statements each main page runs.
# Needs: wrk, nginx (Debian "nginx-light"), MariaDB at 127.0.0.1:3306 (root, empty password).
# Usage: bench/speed.sh [seconds per public page, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."

section() {
    printf '\n===== %s =====\n' "$1"
}

mvn -B -q -DskipTests package

section "Public pages, anonymous, next to nginx serving the same bytes"
bench/anonymous-pages.sh "${1:-10}"

section "Member pages under load (Gatling, open model)"
bench/members.sh

section "Start-up and resident memory, next to an empty Payara Micro"
bench/startup.sh

section "Heap per logged-in session"
bench/sessions.sh

section "SQL statements per page (MariaDB)"
mvn -B -o verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SqlPerPageIT \
    | sed -n '/^SQL statements per page view/,/^$/p'
