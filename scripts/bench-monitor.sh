#!/usr/bin/env bash
# What the monitor costs a node, in process: one whole tick on a running solo node, the idle node's process CPU with
# the monitor sampling and stopped in alternated windows (their difference is the monitor's own share), the heap of
# the monitor's state, one node-shape window and one time-to-threshold step; and the latency from a sample to its
# /ws/monitor message. Usage: scripts/bench-monitor.sh [ticks] [window-seconds] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
export AURA_TEST_DB_SCOPE="${AURA_TEST_DB_SCOPE:-bench}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
echo "before: $(uptime)"
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" aura.adapters.in.web.bench.MonitorCostBench "${1:-300}" "${2:-30}" "${3:-4}" 2>&1 \
  | grep -E "^#|idle node|monitor tick|monitor state|node-shape|time-to-threshold"
mvn -B -q -o -Dtest=MonitorLiveApiTest#aHundredSamplesInARowReachTheStreamAndTheirLatencyIsPrinted -Dsurefire.failIfNoSpecifiedTests=false test 2>&1 \
  | grep -E "stream latency|load average"
echo "after: $(uptime)"
