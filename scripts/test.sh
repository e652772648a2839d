#!/usr/bin/env bash
# Runs every test of the node: unit, adapter (real Postgres and Redis), end-to-end (the real jar).
# Starts Postgres and Redis on their standard loopback ports when they are not running, and installs
# Debian's packages (and Chromium with its driver, for the web UI's browser tests) if they are missing;
# a test that needs a service never skips.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

apt_install() {
  if ! command -v apt-get >/dev/null; then log "cannot install $*: no apt-get"; return 1; fi
  [ -n "${APT_UPDATED:-}" ] || { apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if port_open 5432; then return; fi
  log "starting PostgreSQL"
  ls /etc/postgresql/*/main >/dev/null 2>&1 || apt_install postgresql
  local version; version=$(ls /etc/postgresql | sort -V | tail -1)
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  # Tests connect as postgres over loopback without a password, as on the CI machines.
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do port_open 5432 && return; sleep 1; done
  log "PostgreSQL did not start"; exit 1
}

ensure_redis() {
  if port_open 6379; then return; fi
  log "starting Redis"
  command -v redis-server >/dev/null || apt_install redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do port_open 6379 && return; sleep 1; done
  log "Redis did not start"; exit 1
}

ensure_sentinel() {
  # The Redis failover test runs its own master, replica and Sentinels on free loopback ports (never 6379).
  command -v redis-sentinel >/dev/null && return
  log "installing redis-sentinel for the Redis failover test"
  apt_install redis-sentinel
}

ensure_browser() {
  # The web UI's tests drive Debian's Chromium through Debian's chromedriver (no browser download at test time).
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  log "installing chromium and chromium-driver for the browser tests"
  apt_install chromium chromium-driver
}

ensure_npm_clients() {
  # The compatible doors are tested with the official openai and ollama npm packages, pinned in
  # src/test/node/package-lock.json and installed from the npm registry.
  command -v npm >/dev/null || apt_install nodejs npm
  log "installing the official openai and ollama npm clients (npm ci)"
  (cd src/test/node && npm ci --no-audit --no-fund --loglevel=error)
}

ensure_network_tools() {
  # WireGuard keys are checked against wg, and tunnels are tested with the userspace wireguard-go in network
  # namespaces made with ip (this kernel may have no WireGuard module).
  # curl speaks HTTP from inside those namespaces, and nft keeps a namespace's underlay to WireGuard's UDP.
  if command -v wg >/dev/null && command -v wireguard-go >/dev/null && command -v ip >/dev/null && command -v nft >/dev/null \
    && command -v curl >/dev/null; then return; fi
  log "installing wireguard-go, wireguard-tools, iproute2, curl and nftables for the network tests"
  apt_install wireguard-go wireguard-tools iproute2 curl nftables
}

ensure_postgres
ensure_redis
ensure_sentinel
ensure_browser
ensure_npm_clients
ensure_network_tools
log "Postgres, Redis, Chromium and the npm clients are ready; running mvn verify"
exec mvn -B -ntp verify "$@"
