#!/usr/bin/env bash
# The live checks' benchmark: a whole domain checked by `mailwiz check` against a real name server
# on loopback (nsd serving tests/fixtures/zones), side by side with dig asking the same nine
# questions in one process, which is what a user would otherwise run. Prints the medians of RUNS
# runs of each (default 50). Needs nsd and dig (Debian: nsd, bind9-dnsutils); installs them when
# run as root and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-50}

need() {
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" >/dev/null
    else
        echo "benches/checks.sh needs $1 (Debian package $2)" >&2
        exit 1
    fi
}
need nsd nsd
need dig bind9-dnsutils

cargo build --release -q
bin=target/release/mailwiz
dir=$(mktemp -d)
trap 'kill "$(cat "$dir/nsd.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$dir"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
zones=$PWD/tests/fixtures/zones
{
    echo "server:"
    echo "  ip-address: 127.0.0.1@$port"
    echo "  username: \"\""
    echo "  chroot: \"\""
    echo "  pidfile: $dir/nsd.pid"
    echo "  database: \"\""
    echo "  xfrdfile: $dir/xfrd.state"
    echo "  zonelistfile: $dir/zone.list"
    echo "  logfile: $dir/nsd.log"
    echo "  server-count: 1"
    echo "remote-control:"
    echo "  control-enable: no"
    for f in "$zones"/*.zone; do
        echo "zone:"
        echo "  name: $(basename "$f" .zone)"
        echo "  zonefile: $f"
    done
} >"$dir/nsd.conf"
nsd -c "$dir/nsd.conf"
until dig +short +time=1 +tries=1 @127.0.0.1 -p "$port" good.test SOA >/dev/null 2>&1; do :; done

# Milliseconds of one run of a command, RUNS times; the median.
median() {
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f ms\n", m/1000}'
}

cores=$(nproc)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
echo "machine: $cores cores, $mem; $RUNS runs each, medians"
printf '%-72s %s\n' "mailwiz check --dkim-selector mail good.test (MX, 4 addresses, SPF + include, DMARC, DKIM)" \
    "$(median "$bin" check --resolver "127.0.0.1:$port" --dkim-selector mail good.test)"
printf '%-72s %s\n' "the same with --format json" \
    "$(median "$bin" check --resolver "127.0.0.1:$port" --dkim-selector mail --format json good.test)"
printf '%-72s %s\n' "dig, the same nine questions in one process" \
    "$(median dig +short @127.0.0.1 -p "$port" good.test MX mail.good.test A mail.good.test AAAA \
        mx2.good.test A mx2.good.test AAAA good.test TXT _spf.provider.test TXT _dmarc.good.test TXT \
        mail._domainkey.good.test TXT)"
printf '%-72s %s\n' "mailwiz check 192.0.2.99 (PTR, forward, three blocklists)" \
    "$(median "$bin" check --resolver "127.0.0.1:$port" 192.0.2.99)"
printf '%-72s %s\n' "dig, the same four questions in one process" \
    "$(median dig +short @127.0.0.1 -p "$port" -x 192.0.2.99 99.2.0.192.zen.spamhaus.org A \
        99.2.0.192.bl.spamcop.net A 99.2.0.192.b.barracudacentral.org A)"
