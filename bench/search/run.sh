#!/usr/bin/env bash
# Benchmark of the research library's search: indexes 10,000 generated items in memory and times
# 2,000 varied searches against plain term lookups. A measurement to read, not a test; no portal,
# no database, no port. The figures are printed and kept in portal-domain/target/library-search-benchmark.txt.
# Usage: bench/search/run.sh   (add -o to MAVEN_ARGS to stay offline)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MAVEN_ARGS:-} -pl portal-domain test -Dtest=LibrarySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.test.redirectTestOutputToFile=true
cat portal-domain/target/library-search-benchmark.txt
