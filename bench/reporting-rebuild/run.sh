#!/usr/bin/env bash
# Rebuild benchmark of reporting-service: feeds over 100,000 events into an in-JVM Kafka broker,
# lets the live read model apply them, rebuilds into a fresh generation, checks that every report
# answers the same, and appends a row to results.md. Needs the machine's PostgreSQL (as the unit
# tests do); takes a few minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
./mvnw -B -Dstyle.color=never -f reporting-service/pom.xml verify \
  -Dtest=RebuildBenchmarkTest -DexcludedGroups= -Dgroups=bench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.results="$here/results.md"
tail -n 1 "$here/results.md"
