#!/usr/bin/env bash
# CPU per request with security on and off, for two jars side by side: four solo nodes (each jar with security on
# and off, started as scripts/bench-auth.sh starts its two), each loaded alone in turn with the same GET /api/node
# (Authorization header included), the order of the jars alternating by round. Prints per node and round the
# requests, the CPU ticks it used (utime+stime, /proc/PID/stat) and CPU-seconds per 100,000 requests; round 1 is
# still JIT-compiling. Req/s on a shared machine mean little; CPU per request holds up better under load.
# Usage: BASE_JAR=<other jar> scripts/bench-auth-cpu.sh [rounds] [seconds-per-node]   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}; secs=${2:-8}
jar=${AURA_JAR:-target/aura-node.jar}; base=${BASE_JAR:?BASE_JAR=<jar to compare with>}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
echo "before: $(uptime)"
work=$(mktemp -d); pids=()
trap 'kill ${pids[@]} 2>/dev/null || true; rm -rf "$work"' EXIT
start() { # name jar port sec
  if [ "$4" = on ]; then java -jar "$2" serve --port $3 --data-dir "$work/$1" >"$work/$1.log" 2>&1 &
  else MICRONAUT_SECURITY_ENABLED=false java -jar "$2" serve --port $3 --data-dir "$work/$1" >"$work/$1.log" 2>&1 & fi
  pids+=($!); eval "pid_$1=$!"
}
start bs "$base" 3301 on; start bo "$base" 3302 off
start ns "$jar" 3303 on; start no "$jar" 3304 off
for port in 3301 3302 3303 3304; do until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.3; done; done
tok() { curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"Correct-Horse-9!"}' http://127.0.0.1:$1/api/auth/bootstrap >/dev/null
 curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"Correct-Horse-9!"}' http://127.0.0.1:$1/api/auth/login | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'; }
tb=$(tok 3301); tn=$(tok 3303)
declare -A port=([bs]=3301 [bo]=3302 [ns]=3303 [no]=3304) hdr=([bs]=$tb [bo]=$tb [ns]=$tn [no]=$tn)
for w in 1 2; do for n in bs bo ns no; do wrk -t2 -c32 -d5s -H "Authorization: Bearer ${hdr[$n]}" http://127.0.0.1:${port[$n]}/api/node >/dev/null; done; done
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
for r in $(seq 1 $rounds); do
  order="bs bo ns no"; [ $((r%2)) = 0 ] && order="ns no bs bo"
  for n in $order; do
    p=$(eval echo \$pid_$n); t0=$(ticks $p)
    c=$(wrk -t2 -c32 -d${secs}s -H "Authorization: Bearer ${hdr[$n]}" http://127.0.0.1:${port[$n]}/api/node | awk '/requests in/ {print $1}')
    t1=$(ticks $p)
    echo "round $r $(case $n in bs) echo base-on;; bo) echo base-off;; ns) echo this-on;; no) echo this-off;; esac) $c $((t1-t0)) $(awk "BEGIN{printf \"%.2f\", ($t1-$t0)/100*100000/$c}")"
  done
done
echo "after: $(uptime)"
