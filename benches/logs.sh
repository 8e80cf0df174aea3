#!/usr/bin/env bash
# The mail log reader's benchmark: `mailwiz logs --format json` on a generated month of a busy
# Postfix server's log of SIZE_MB megabytes (default 200; benches/maillog/generate.py, seed SEED,
# default 1), side by side with `grep -c status=` (the least any reader must do: find the lines)
# and pflogsumm (Debian's Postfix log summarizer, when it is there). Each command runs RUNS times
# (default 3), taking turns; the script prints the median of each in seconds and MB/s (10^6
# bytes), mailwiz's peak resident memory (GNU time's -v) and the machine. It also checks
# mailwiz's totals against the generator's and exits 1 when they differ.
#
# The log is written once into ${TMPDIR:-/tmp}/mailwiz-logs-bench and used again by later runs of
# the same size and seed. Installs pflogsumm and GNU time (Debian: pflogsumm, time) when run as
# root and they are missing. Needs python3 for the generator. Fails, saying so, when this build of
# mailwiz has no working `logs` command.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-200}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
export LC_ALL=C

install() {
    [ "$(id -u)" = 0 ] || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 ||
        { apt-get update -q >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; }
}
command -v python3 >/dev/null || { echo "benches/logs.sh needs python3 for the generator" >&2; exit 1; }
[ -x /usr/bin/time ] || install time || echo "benches/logs.sh: no GNU time (Debian package time): no peak memory" >&2
command -v pflogsumm >/dev/null || install pflogsumm ||
    echo "benches/logs.sh: no pflogsumm (Debian package pflogsumm): measured without it" >&2

cargo build --release -q
bin=${CARGO_TARGET_DIR:-target}/release/mailwiz

# A build without a working `mailwiz logs` stops here, before the log is written.
err=$(mktemp)
if ! "$bin" logs --format json tests/fixtures/logs/postfix.log >/dev/null 2>"$err"; then
    echo "benches/logs.sh: \`$bin logs --format json\` does not work in this build:" >&2
    head -5 "$err" >&2
    rm -f "$err"
    exit 1
fi
rm -f "$err"

dir=${TMPDIR:-/tmp}/mailwiz-logs-bench
mkdir -p "$dir"
log=$dir/postfix-${SIZE}MB-seed$SEED.log
expected=$dir/postfix-${SIZE}MB-seed$SEED.expected.json
if [ ! -s "$log" ] || [ ! -s "$expected" ]; then
    echo "writing $log"
    python3 benches/maillog/generate.py "$SIZE" "$log.part" --seed "$SEED" --expected "$expected"
    mv "$log.part" "$log"
fi
bytes=$(stat -c %s "$log")

# The totals against the generator's, on a run that also brings the file into the page cache.
"$bin" logs --format json "$log" | head -1 >"$dir/totals.json"
mismatch=$(python3 - "$dir/totals.json" "$expected" <<'EOF'
import json, sys
got = json.loads(open(sys.argv[1]).read() or "{}")
want = json.load(open(sys.argv[2]))
print(", ".join(f"{k} {got.get(k)} (expected {v})" for k, v in want.items() if got.get(k) != v))
EOF
)

# Nanoseconds of one run of a command; a failed run stops the benchmark. The output goes to a
# file, not /dev/null: GNU grep stops at the first match when its output is /dev/null.
run() {
    local start end status=0
    start=$(date +%s%N)
    "$@" >"$dir/run.out" 2>"$dir/run.err" || status=$?
    end=$(date +%s%N)
    if [ "$status" != 0 ]; then
        echo "benches/logs.sh: $* exited $status:" >&2
        head -5 "$dir/run.err" >&2
        exit 1
    fi
    echo $((end - start))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

: >"$dir/mailwiz.ns"
: >"$dir/grep.ns"
: >"$dir/pflogsumm.ns"
: >"$dir/rss.kb"
for _ in $(seq "$RUNS"); do
    if [ -x /usr/bin/time ]; then
        run /usr/bin/time -v -o "$dir/time.txt" "$bin" logs --format json "$log" >>"$dir/mailwiz.ns"
        awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt" >>"$dir/rss.kb"
    else
        run "$bin" logs --format json "$log" >>"$dir/mailwiz.ns"
    fi
    run grep -c status= "$log" >>"$dir/grep.ns"
    if command -v pflogsumm >/dev/null; then
        run pflogsumm "$log" >>"$dir/pflogsumm.ns"
    fi
done

report() {
    local name=$1 file=$2
    [ -s "$file" ] || { printf '%-44s %s\n' "$name" "not run"; return; }
    local ns
    ns=$(median <"$file")
    awk -v n="$name" -v ns="$ns" -v b="$bytes" \
        'BEGIN {s = ns / 1e9; printf "%-44s %9.3f s %9.1f MB/s\n", n, s, b / 1e6 / s}'
}

cores=$(nproc)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo "machine: $cores cores (${cpu:-unknown CPU}), $mem"
echo "log: $log, $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b / 1e6}'), $(wc -l <"$log") lines; medians of $RUNS runs"
report "mailwiz logs --format json" "$dir/mailwiz.ns"
report "grep -c status=" "$dir/grep.ns"
report "pflogsumm" "$dir/pflogsumm.ns"
if [ -s "$dir/rss.kb" ]; then
    sort -n "$dir/rss.kb" | tail -1 | awk '{printf "mailwiz peak RSS: %.1f MiB\n", $1 / 1024}'
fi
if [ -n "$mismatch" ]; then
    echo "benches/logs.sh: mailwiz's totals differ from the generator's: $mismatch" >&2
    exit 1
fi
echo "mailwiz's totals: as the generator wrote them"
