#!/usr/bin/env bash
# Chat through one node: the time to first token the node adds over calling the backend directly, and N
# concurrent streaming chats (stand-in OpenAI-compatible backend on loopback). Usage: scripts/bench-chat.sh [pairs] [concurrent] [stored] [flush-interval]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
echo "before: $(uptime)"
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" aura.adapters.in.web.bench.ChatBench "${1:-1000}" "${2:-500}" "${3:-200}" "${4:-100ms}" 2>&1 \
  | grep -E "time to first token|concurrent streaming|stored answers"
echo "after: $(uptime)"
