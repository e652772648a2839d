#!/usr/bin/env bash
# Compares ways of starting a solo node, one start of each in turn per round so that a change in the machine's
# load hits every variant alike: wall time from `java` to /health UP, and the CPU time (user + system) the JVM
# had used by then, which other work on the machine changes much less than the wall time. Prints the load average
# after each round. Usage: scripts/bench-startup-compare.sh RUNS "label|jar|jvm options" ...
# e.g. scripts/bench-startup-compare.sh 5 "plain|target/aura-node.jar|" "archive|target/aura-node.jar|-XX:SharedArchiveFile=target/aura-node.jsa"
set -uo pipefail
cd "$(dirname "$0")/.."
runs=$1; shift
declare -A res cpu
tck=$(getconf CLK_TCK)
for i in $(seq 1 $runs); do
  for v in "$@"; do
    IFS='|' read -r label jar opts <<<"$v"
    dir=$(mktemp -d)
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    java $opts -jar "$jar" serve --port 3192 --data-dir "$dir" >"$dir/log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:3192/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.02; kill -0 $pid 2>/dev/null || { echo DIED $label; cat $dir/log; break; }; done
    end=$(date +%s%N)
    c=$(awk -v t=$tck '{print int(($14+$15)*1000/t)}' /proc/$pid/stat)
    res["$label"]+="$(( (end - start) / 1000000 )) "; cpu["$label"]+="$c "
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    rm -rf "$dir"
  done
  echo "round $i load $(cut -d' ' -f1-3 /proc/loadavg)"
done
for v in "$@"; do IFS='|' read -r label jar opts <<<"$v"; s=($(printf '%s\n' ${res["$label"]} | sort -n)); c=($(printf '%s\n' ${cpu["$label"]} | sort -n)); echo "[$label: java $opts -jar $jar] wall ${res["$label"]}: best ${s[0]} median ${s[$(( runs / 2 ))]} | cpu ${cpu["$label"]}: best ${c[0]} median ${c[$(( runs / 2 ))]}"; done
