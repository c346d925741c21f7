#!/usr/bin/env bash
# Builds the portal and starts it on Payara Micro at http://localhost:${PORT:-8080}/
# With no settings it uses an embedded H2 database in ./data (kept between runs) and keeps mail
# in an outbox that administrators read; see README.md for MySQL/MariaDB and SMTP settings.
set -euo pipefail
cd "$(dirname "$0")"

port="${PORT:-8080}"
export PORTAL_BASE_URL="${PORTAL_BASE_URL:-http://localhost:${port}/}"

mvn -B -q -DskipTests package

# Java options unless JAVA_OPTS says otherwise, and Payara Micro's flags (the benchmarks in bench/
# read these two lines, so that they start the portal exactly as this script does). The heap starts
# small and grows with what the portal holds (about 120 MB live) rather than starting at a 64th of
# the machine's memory, the young generation stays at 64 MB (all of it is touched between two
# collections) and the serial collector keeps no per-region books: all keep the resident memory
# down (bench/startup.md). One node without Hazelcast's data grid, which it does not use.
default_java_options="-Xms64m -Xmx512m -XX:MaxNewSize=64m -XX:+UseSerialGC"
payara_flags="--nocluster --nohazelcast --disablephonehome"

mkdir -p data
# a fresh Payara root each start: a reused one redeploys stale applications
rm -rf data/payara-root
# shellcheck disable=SC2086 # the options are words
exec java ${JAVA_OPTS:-$default_java_options} -jar portal-web/target/payara-micro.jar \
    $payara_flags \
    --port "$port" \
    --rootdir data/payara-root \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
    --deploy portal-web/target/portal.war \
    --contextroot /
