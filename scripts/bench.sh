#!/usr/bin/env bash
# make bench: times `unionstats report` and `validate` on synthetic provinces of 2.000, 20.000 and
# 135.000 CĐCS (and reading one wide xlsx sheet of 20.000 rows × 50 columns), and prints one table.
#
# Each province is generated once by GenerateProvince into $BENCH_ROOT/unionstats-bench-<size> and
# reused while its stamp (the generator's arguments and a digest of its sources) still matches.
#
# Environment:
#   BENCH_SIZES   which provinces, default "2k 20k 135k" (e.g. BENCH_SIZES="2k 20k")
#   BENCH_WIDE    1 (default) also times reading the wide xlsx; 0 skips it
#   BENCH_ROOT    where the provinces, outputs and logs go (default /tmp)
#   BENCH_PERIOD  the period reported (default 2021-H1)
#   SWIFT         the swift driver (default swift)
set -euo pipefail

cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
BENCH_SIZES=${BENCH_SIZES:-2k 20k 135k}
BENCH_WIDE=${BENCH_WIDE:-1}
BENCH_ROOT=${BENCH_ROOT:-/tmp}
BENCH_PERIOD=${BENCH_PERIOD:-2021-H1}
QUARTERS=2020-Q1...2021-Q2
SEED=42
LOGS="$BENCH_ROOT/unionstats-bench-logs"

die() { echo "bench: $*" >&2; exit 1; }

# The generator's arguments for a size: CĐCS and upper units.
province_args() {
    case "$1" in
        2k) echo "--grassroots 2000 --uppers 10" ;;
        20k) echo "--grassroots 20000 --uppers 45" ;;
        135k) echo "--grassroots 135000 --uppers 700" ;;
        *) die "unknown size '$1' in BENCH_SIZES (use 2k, 20k, 135k)" ;;
    esac
}

# Seconds from GNU time's "h:mm:ss" or "m:ss.ss".
to_seconds() {
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}

# A value from a GNU `time -v` log: wall seconds, CPU seconds (user + system: less sensitive to
# other load on a shared machine than wall time) or peak MB.
wall_of() { to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$1")"; }
cpu_of() { awk -F': ' '/User time|System time/ { total += $2 } END { printf "%.2f", total }' "$1"; }
peak_of() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
# A stage's seconds from the `timing: stage 1.234 s` lines of a log ("-" when absent).
stage_of() {
    local value
    value=$(sed -n "s/^timing: $2 \([0-9.]*\) s$/\1/p" "$1" | tail -n 1)
    echo "${value:--}"
}

# Runs `unionstats ARGS…` under /usr/bin/time -v into LOG; exit status 1 (error findings) is expected.
run_timed() {
    local log=$1; shift
    local status=0
    /usr/bin/time -v "$UNIONSTATS" "$@" >/dev/null 2>"$log" || status=$?
    if [ "$status" -gt 1 ]; then
        tail -n 30 "$log" >&2
        die "unionstats $* exited with status $status (log: $log)"
    fi
}

# Generates a province into DIR with ARGS… unless DIR's stamp already says so.
ensure_province() {
    local dir=$1; shift
    local stamp="GenerateProvince $* | sources $GENERATOR_DIGEST"
    if [ -f "$dir/.bench-stamp" ] && [ "$(head -n 1 "$dir/.bench-stamp")" = "$stamp" ]; then
        echo "bench: reusing $dir" >&2
        return
    fi
    echo "bench: generating $dir ($*)" >&2
    rm -rf "$dir.partial"
    local summary
    summary=$("$GENERATOR" "$dir.partial" "$@" 2>&1) || { echo "$summary" >&2; die "GenerateProvince failed for $dir"; }
    echo "$summary" >&2
    local rows
    rows=$(sed -n 's/.* \([0-9][0-9]*\) report rows.*/\1/p' <<<"$summary")
    printf '%s\nrows %s\n' "$stamp" "${rows:-0}" >"$dir.partial/.bench-stamp"
    rm -rf "$dir"
    mv "$dir.partial" "$dir"
}

[ -x /usr/bin/time ] || die "GNU time is missing (make bench installs it: apt-get install time)"
echo "bench: building release binaries" >&2
"$SWIFT" build -c release --product unionstats >&2
"$SWIFT" build -c release --product GenerateProvince >&2
BIN=$("$SWIFT" build -c release --show-bin-path)
UNIONSTATS="$BIN/unionstats"
GENERATOR="$BIN/GenerateProvince"
GENERATOR_DIGEST=$(cat Sources/GenerateProvince/*.swift input/indicators.csv | sha256sum | cut -c1-16)
mkdir -p "$LOGS"

table="| size | rows | MB | report wall s | peak MB | rows/s | read+parse | aggregate | validate | write xlsx | write csv | validate wall s | report cpu s |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in $BENCH_SIZES; do
    args=$(province_args "$size")
    dir="$BENCH_ROOT/unionstats-bench-$size"
    # shellcheck disable=SC2086  # the arguments are words
    ensure_province "$dir" $args --quarters "$QUARTERS" --seed "$SEED" --catalogue input/indicators.csv
    rows=$(sed -n 's/^rows //p' "$dir/.bench-stamp")
    megabytes=$(du -sb "$dir/reports" | awk '{ printf "%.0f", $1 / 1e6 }')
    output="$BENCH_ROOT/unionstats-bench-output-$size"
    rm -rf "$output"
    echo "bench: $size: report --period $BENCH_PERIOD" >&2
    report_log="$LOGS/report-$size.log"
    run_timed "$report_log" report --input "$dir" --output "$output" --period "$BENCH_PERIOD" --timings
    echo "bench: $size: validate --period $BENCH_PERIOD" >&2
    validate_log="$LOGS/validate-$size.log"
    run_timed "$validate_log" validate --input "$dir" --period "$BENCH_PERIOD" --format csv --timings
    wall=$(wall_of "$report_log")
    rate=$(awk -v rows="$rows" -v wall="$wall" 'BEGIN { printf "%.0f", (wall > 0 ? rows / wall : 0) }')
    table+="
| $size | $rows | $megabytes | $wall | $(peak_of "$report_log") | $rate | $(stage_of "$report_log" 'read+parse') | $(stage_of "$report_log" aggregate) | $(stage_of "$report_log" validate) | $(stage_of "$report_log" 'write xlsx') | $(stage_of "$report_log" 'write csv') | $(wall_of "$validate_log") | $(cpu_of "$report_log") |"
done

wide_line=""
if [ "$BENCH_WIDE" = 1 ]; then
    dir="$BENCH_ROOT/unionstats-bench-wide"
    ensure_province "$dir" --grassroots 20000 --uppers 45 --quarters 2021-Q2 --seed "$SEED" --catalogue input/indicators.csv --wide-xlsx --wide-columns 50
    wide_period=2021-Q2
    echo "bench: wide xlsx: validate --period $wide_period" >&2
    wide_log="$LOGS/validate-wide.log"
    run_timed "$wide_log" validate --input "$dir" --period "$wide_period" --format csv --timings
    wide_megabytes=$(du -sb "$dir/reports" | awk '{ printf "%.1f", $1 / 1e6 }')
    wide_line="wide xlsx (20.000 rows × 50 indicator columns, 1 M numeric cells, $wide_megabytes MB): validate --period $wide_period: read+parse $(stage_of "$wide_log" 'read+parse') s, wall $(wall_of "$wide_log") s, peak $(peak_of "$wide_log") MB"
fi

echo
echo "unionstats bench, $(date -u +%Y-%m-%d), $(nproc) cores, report --period $BENCH_PERIOD (stage columns in s; logs in $LOGS)"
echo
echo "$table"
if [ -n "$wide_line" ]; then
    echo
    echo "$wide_line"
fi
