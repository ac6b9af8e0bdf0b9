#!/usr/bin/env bash
# bench.sh: generates an inbox of N persons, loads it with `kz ingest` and prints what that cost, file by
# file, next to a parse-only pass over the same files (the floor); then builds the list with
# `kz list build --as-of 2025-06-15` (bank list included) and prints its wall time, step times and peak memory.
# With --settlement it then writes a large bank ledger and benchmarks `kz settle --year 2025` instead of the
# parse-only pass. Then, at any size, `kz list explain` of one household and of another (the first prepares its
# look-ups), as users run it (scripts/kz), a rebuild of the same as-of date and `kz nightly` (ingest + list
# build in one process) into a second, fresh home; and it ends with a summary table in the shape of issue 12
# (workload | kz | goal). A benchmark, not a test: CI never runs it.
#
#   scripts/bench.sh [--persons N] [--db h2|postgresql] [--keep] [--no-nightly]
#   scripts/bench.sh --settlement [--persons N] [--loans N] [--transactions-per-loan K] [--db ...] [--keep]
#   scripts/bench.sh --all [--db ...]
#
#   --all         every row of issue 12's table in one go: county size (150,000 persons) with the settlement
#                 (100,000 loans, 2,000,000 transactions), then 1,000,000 persons without the nightly run; prints
#                 the two summaries, then one table of both (about 15 minutes on 2 cores)
#   --persons N   persons in the county (default 1,000,000; 100,000 with --settlement); the generator's
#                 benchmark profile (--worker-share 0.8) gives about 24 monthly social-insurance and
#                 provident-fund rows each
#   --db          h2 (default: kz's embedded file database) or postgresql (a throwaway cluster of the
#                 Debian server on a free port under the work folder, installed with apt-get when missing)
#   --keep        keep the work folder (inbox, database, logs); the next run reuses the inbox
#   --without-optional  leave out the optional extracts of profile.md (market_entity.csv, homestead.csv,
#                 medical_self_pay.csv) from the deliveries: the build's cost without them, for comparison
#   --no-nightly  skip the `kz nightly` run into a fresh home (it repeats ingest and list build)
#   --settlement  after ingest and list build, write a ledger of --loans loans (default 100,000) with
#                 --transactions-per-loan transactions each (default 20) under inbox/bank/2025 (90% of the
#                 borrowers members of included households; kuozhong.bench.BenchLedger) and run kz settle
#
# Work folder: $KZ_BENCH_DIR (default /tmp/kz-bench). Heap of the ingest and parse JVMs: $KZ_BENCH_HEAP
# (default 2g); of the list build and the settlement: $KZ_BENCH_LIST_HEAP (default 4g).
set -euo pipefail

persons=
db=h2
keep=0
without_optional=0
settlement=0
nightly=1
all=0
loans=100000
per_loan=20
while [ $# -gt 0 ]; do
  case "$1" in
    --persons) persons="${2:?--persons needs a number}"; shift 2 ;;
    --persons=*) persons="${1#*=}"; shift ;;
    --db) db="${2:?--db needs h2 or postgresql}"; shift 2 ;;
    --db=*) db="${1#*=}"; shift ;;
    --keep) keep=1; shift ;;
    --without-optional) without_optional=1; shift ;;
    --settlement) settlement=1; shift ;;
    --no-nightly) nightly=0; shift ;;
    --all) all=1; shift ;;
    --loans) loans="${2:?--loans needs a number}"; shift 2 ;;
    --transactions-per-loan) per_loan="${2:?--transactions-per-loan needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
    *) echo "bench.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -n "$persons" ] || { [ "$settlement" -eq 1 ] && persons=100000 || persons=1000000; }
for n in "$persons" "$loans" "$per_loan"; do
  case "$n" in ''|*[!0-9]*) echo "bench.sh: --persons, --loans and --transactions-per-loan take whole numbers" >&2; exit 2 ;; esac
done
case "$db" in h2|postgresql) ;; *) echo "bench.sh: --db must be h2 or postgresql" >&2; exit 2 ;; esac

if [ "$all" -eq 1 ]; then
  # each size in a run of its own; the table at the end takes the summary rows of both
  self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
  county="$(mktemp)"; million="$(mktemp)"
  trap 'rm -f "$county" "$million"' EXIT
  "$self" --persons 150000 --settlement --db "$db" | tee "$county"
  "$self" --persons 1000000 --no-nightly --db "$db" | tee "$million"
  echo
  echo "issue 12's table: $db, $(nproc) cores ($(date -u +%Y-%m-%dT%H:%MZ)); loads as each summary above says"
  echo "| workload | kz | goal |"
  echo "| --- | --- | --- |"
  sed -n 's/^| \([^|]*[^ ]\) |/| \1, county size |/p' "$county" | grep -v '^| workload\|^| ---'
  sed -n 's/^| \([^|]*[^ ]\) |/| \1, 1 M persons |/p' "$million" | grep -v '^| workload\|^| ---\|explain\|rebuilding'
  exit 0
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/kz.jar"
heap="${KZ_BENCH_HEAP:-2g}"
list_heap="${KZ_BENCH_LIST_HEAP:-4g}"
as_of=2025-06-15
work="${KZ_BENCH_DIR:-/tmp/kz-bench}"
seed=20250615
share=0.8
# with this seed the generator makes about 2.728 persons (first delivery's person.csv) a household
households=$(( (persons * 1000 + 1364) / 2728 ))
[ "$households" -ge 1 ] || households=1
launcher=org.springframework.boot.loader.launch.PropertiesLauncher

if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "bench: building $jar ..." >&2
  (cd "$root" && mvn -B -q -o -DskipTests package) >&2
fi
[ -x /usr/bin/time ] || { echo "bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
# kz runs as users run it: scripts/kz, from its class-data-sharing archive (prepared here, once after a build,
# so that no timed run pays for it); KZ_JAVA_OPTS carries each run's heap limit and GC log
kz="$root/scripts/kz"
"$kz" --help >/dev/null 2>&1 || true

mkdir -p "$work"
inbox="$work/inbox-h$households-s$seed-w$share"
home="$work/home-$db"
pg_label=bench
. "$root/scripts/lib/throwaway-pg.sh"

cleanup() {
  pg_stop
  if [ "$keep" -eq 0 ]; then
    rm -rf "$home" "$home-nightly" "$inbox" "$work/pg"
  fi
}
trap cleanup EXIT

echo "bench: $persons persons -> $households households (seed $seed, worker share $share), db $db," \
  "heap -Xmx$heap (ingest), -Xmx$list_heap (list build, settlement)"
echo "bench: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------- inbox
if [ -f "$inbox/bank/2025/MANIFEST.csv" ]; then
  echo "bench: reusing $inbox"
else
  rm -rf "$inbox"
  echo "bench: generating $inbox ..."
  t0=$(date +%s.%N)
  java -Xmx"$heap" -jar "$jar" generate --households "$households" --seed "$seed" --worker-share "$share" \
    --out "$inbox" | sed 's/^/bench: /'
  echo "bench: generated in $(echo "$(date +%s.%N) - $t0" | bc) s"
fi
count() { awk -F, -v f="$2" '$1 == f {print $2}' "$inbox/$1/MANIFEST.csv"; }
monthly=$(( $(count 20250110 social_insurance.csv) + $(count 20250110 provident_fund.csv) \
  + $(count 20250615 social_insurance.csv) + $(count 20250615 provident_fund.csv) ))
echo "bench: $(count 20250110 person.csv) persons in 20250110/person.csv, $monthly social-insurance and provident-fund records"

# ------------------------------------------------------------------------------------------- database
rm -rf "$home"
mkdir -p "$home/inbox"
# the government deliveries of the generated inbox; its small bank ledger too, unless --settlement writes its own
for d in "$inbox"/*; do
  [ "$settlement" -eq 1 ] && [ "$(basename "$d")" = bank ] && continue
  if [ "$without_optional" -eq 1 ] && [ -f "$d/MANIFEST.csv" ]; then
    # the delivery without the optional extracts of profile.md: hard links to the other files (a symbolic link is UNREADABLE), a manifest without them
    mkdir -p "$home/inbox/$(basename "$d")"
    for f in "$d"/*.csv; do
      case "$(basename "$f")" in market_entity.csv|homestead.csv|medical_self_pay.csv|MANIFEST.csv) ;;
        *) ln "$f" "$home/inbox/$(basename "$d")/$(basename "$f")" ;; esac
    done
    grep -v -E '^(market_entity|homestead|medical_self_pay)\.csv,' "$d/MANIFEST.csv" > "$home/inbox/$(basename "$d")/MANIFEST.csv"
  else
    ln -s "$d" "$home/inbox/$(basename "$d")"
  fi
done
dbopt=()
url="jdbc:h2:file:$home/data/kz;AUTO_SERVER=TRUE;WRITE_DELAY=0"  # as kz opens it (kuozhong.db.EmbeddedH2)
if [ "$db" = postgresql ]; then
  pg_start "$work/pg"
  pg_createdb kz
  url="$(pg_url kz)"
  dbopt=(--db "$url")
  echo "bench: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (default settings) on port $pgport, data in $pgdata"
fi

# --------------------------------------------------------------------------------------------- ingest
echo "bench: kz ingest ..."
load0=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(date +%s.%N)
set +e
KZ_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$home/ingest.gc -Dkz.noProgressBar=true" /usr/bin/time -v -o "$home/ingest.time" "$kz" --lang en --home "$home" --policy "$root/jobs/policy.yml" \
  "${dbopt[@]}" ingest >"$home/ingest.out" 2>"$home/ingest.err"
rc=$?
set -e
ingest_wall=$(echo "$(date +%s.%N) - $t0" | bc)
if [ "$rc" -ne 0 ]; then
  echo "bench: kz ingest exited $rc" >&2
  cat "$home/ingest.out" "$home/ingest.err" >&2
  exit 1
fi

java -cp "$jar" -Dloader.main=org.h2.tools.Shell "$launcher" -url "$url" -sql \
  "SELECT delivery || '/' || file_name AS f, records, seconds FROM kz_file_load WHERE state = 'LOADED' ORDER BY load_id" \
  | awk -F' *\\| *' 'NR > 1 && NF == 3 {print $1, $2, $3}' >"$home/loads.txt"

# ----------------------------------------------------------------------------------------- list build
# kz's own step times, from the job repository: the steps of the latest job execution
steps() {
  java -cp "$jar" -Dloader.main=org.h2.tools.Shell "$launcher" -url "$url" -sql \
    "SELECT step_name, read_count, write_count, CAST(EXTRACT(EPOCH FROM (end_time - start_time)) AS DECIMAL(12, 3))
     FROM batch_step_execution WHERE job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)
     ORDER BY step_execution_id" | awk -F' *\\| *' 'NR > 1 && NF == 4 {print $1, $2, $3, $4}'
}
echo "bench: kz list build --as-of $as_of (KZ_BANK_LIST_PASSWORD set) ..."
t0=$(date +%s.%N)
set +e
KZ_BANK_LIST_PASSWORD=bench KZ_JAVA_OPTS="-Xmx$list_heap -Xlog:gc:file=$home/list.gc -Dkz.noProgressBar=true" /usr/bin/time -v -o "$home/list.time" "$kz" \
  --home "$home" --policy "$root/jobs/policy.yml" "${dbopt[@]}" list build --as-of "$as_of" >"$home/list.out" 2>"$home/list.err"
rc=$?
set -e
list_wall=$(echo "$(date +%s.%N) - $t0" | bc)
if [ "$rc" -ne 0 ]; then
  echo "bench: kz list build exited $rc" >&2
  cat "$home/list.out" "$home/list.err" >&2
  exit 1
fi
steps >"$home/list-steps.txt" || true
[ -f "$home/out/list/$as_of/bank-list.xlsx" ] || { echo "bench: bank-list.xlsx was not written" >&2; exit 1; }

# a timed kz run: kzrun NAME [kz arguments...]; wall time in $home/NAME.wall, /usr/bin/time in NAME.time,
# GC log in NAME.gc, output in NAME.out / NAME.err; the exit code is returned
kzrun() {
  local name="$1" h="$home" t0 rc
  shift
  [ "${KZRUN_HOME:-}" ] && h="$KZRUN_HOME"
  t0=$(date +%s.%N)
  set +e
  KZ_BANK_LIST_PASSWORD=bench KZ_JAVA_OPTS="-Xmx$list_heap -Xlog:gc:file=$home/$name.gc -Dkz.noProgressBar=true" /usr/bin/time -v -o "$home/$name.time" \
    "$kz" --home "$h" --policy "$root/jobs/policy.yml" "${dbopt[@]}" "$@" \
    >"$home/$name.out" 2>"$home/$name.err"
  rc=$?
  set -e
  echo "$(date +%s.%N) - $t0" | bc >"$home/$name.wall"
  return "$rc"
}

household=$(awk -F, 'NR == 2 {print $1}' "$home/out/list/$as_of/target-list.csv")
# the first explanation of a delivery's snapshots also creates the indexes of its look-ups on H2
# (kuozhong.household.jdbc.SnapshotIndexes), a later one (another household) finds them
echo "bench: kz list explain --household $household (the first after the delivery) ..."
kzrun explain list explain --household "$household" --as-of "$as_of" || [ $? -eq 1 ] || {
  echo "bench: kz list explain failed" >&2; cat "$home/explain.out" "$home/explain.err" >&2; exit 1; }
household2=$(awk -F, 'NR == 3 {print $1}' "$home/out/list/$as_of/target-list.csv")
echo "bench: kz list explain --household $household2 (a later one) ..."
kzrun explain2 list explain --household "$household2" --as-of "$as_of" || [ $? -eq 1 ] || {
  echo "bench: kz list explain failed" >&2; cat "$home/explain2.out" "$home/explain2.err" >&2; exit 1; }
echo "bench: kz list build --as-of $as_of again (rebuilding the same as-of date) ..."
kzrun rebuild list build --as-of "$as_of" || {
  echo "bench: the rebuild failed" >&2; cat "$home/rebuild.out" "$home/rebuild.err" >&2; exit 1; }
steps >"$home/rebuild-steps.txt" || true

if [ "$settlement" -eq 0 ]; then
  echo "bench: parse-only pass (the record splitter; then with validation) ..."
  /usr/bin/time -v -o "$home/parse.time" java -Xmx"$heap" -cp "$jar" -Dloader.main=kuozhong.bench.ParseOnly \
    "$launcher" --validate "$inbox" >"$home/parse.out"

else
  echo "bench: writing a ledger of $loans loans x $per_loan transactions under $home/inbox/bank/2025 ..."
  java -Xmx"$heap" -cp "$jar" -Dloader.main=kuozhong.bench.BenchLedger "$launcher" "$inbox/20250615/person.csv" \
    "$home/out/list/$as_of/target-list.csv" "$as_of" "$home/inbox/bank/2025" "$loans" "$per_loan" | sed 's/^/bench: /'
  echo "bench: kz settle --year 2025 ..."
  t0=$(date +%s.%N)
  set +e
  KZ_JAVA_OPTS="-Xmx$list_heap -Xlog:gc:file=$home/settle.gc -Dkz.noProgressBar=true" /usr/bin/time -v -o "$home/settle.time" "$kz" --home "$home" --policy "$root/jobs/policy.yml" \
    "${dbopt[@]}" settle --year 2025 >"$home/settle.out" 2>"$home/settle.err"
  rc=$?
  set -e
  settle_wall=$(echo "$(date +%s.%N) - $t0" | bc)
  if [ "$rc" -ne 0 ]; then
    echo "bench: kz settle exited $rc" >&2
    cat "$home/settle.out" "$home/settle.err" >&2
    exit 1
  fi
  steps >"$home/settle-steps.txt" || true
fi

# ---------------------------------------------------------------------------------------------- nightly
if [ "$nightly" -eq 1 ]; then
  nhome="$home-nightly"
  rm -rf "$nhome"
  mkdir -p "$nhome/inbox"
  for d in "$inbox"/*; do
    [ "$settlement" -eq 1 ] && [ "$(basename "$d")" = bank ] && continue
    ln -s "$d" "$nhome/inbox/$(basename "$d")"
  done
  saved=("${dbopt[@]}")
  if [ "$db" = postgresql ]; then
    pg_createdb kznightly
    dbopt=(--db "$(pg_url kznightly)")
  fi
  echo "bench: kz nightly --as-of $as_of into a fresh home ($nhome) ..."
  KZRUN_HOME="$nhome" kzrun nightly nightly --as-of "$as_of" || {
    echo "bench: kz nightly failed" >&2; cat "$home/nightly.out" "$home/nightly.err" >&2; exit 1; }
  dbopt=("${saved[@]}")
fi

# --------------------------------------------------------------------------------------------- report
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
# peak heap from the GC log: the most in use when a collection started, and the most still live after one
heap() {
  sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(.*/\1 \2/p' "$1" |
    awk '{if ($1 > b) b = $1; if ($2 > a) a = $2} END {printf "heap %d MB at its fullest, %d MB live after a collection", b, a}'
}
# CPU seconds (user + system) of a run: what it cost whatever else the machine was doing
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
echo
echo "kz ingest, $persons persons, $db, -Xmx$heap ($(date -u +%Y-%m-%dT%H:%MZ), load average before the run $load0)"
[ "$settlement" -eq 1 ] || awk -v parse="$home/parse.out" '
  BEGIN {
    while ((getline line < parse) > 0) {
      split(line, w, " +")
      for (i = 3; i <= 6; i++) { split(w[i], kv, "="); v[w[1], w[2], kv[1]] = kv[2] }
    }
    printf "%-32s %11s %8s %9s %10s %7s | %8s %11s %11s %7s\n", "file", "records", "MB", "ingest s",
      "records/s", "MB/s", "parse s", "parse rec/s", "valid rec/s", "x parse"
    hr = ""; for (i = 0; i < 124; i++) hr = hr "-"; print hr
  }
  function rate(n, s) { return (s > 0 ? sprintf("%.0f", n / s) : "-") }
  {
    f = $1; n = $2; s = $3; mb = v["PARSE", f, "bytes"] / 1048576; ps = v["PARSE", f, "seconds"]
    vs = v["VALIDATE", f, "seconds"]
    printf "%-32s %11d %8.1f %9.3f %10s %7s | %8.3f %11s %11s %7s\n", f, n, mb, s, rate(n, s),
      (s > 0 ? sprintf("%.1f", mb / s) : "-"), ps, rate(n, ps), rate(n, vs), (ps > 0 ? sprintf("%.1f", s / ps) : "-")
    tn += n; ts += s; tmb += mb; tps += ps; tvs += vs
  }
  END {
    print hr
    printf "%-32s %11d %8.1f %9.3f %10s %7.1f | %8.3f %11s %11s %7.1f\n", "all files", tn, tmb, ts, rate(tn, ts),
      tmb / ts, tps, rate(tn, tps), rate(tn, tvs), ts / tps
  }' "$home/loads.txt"
echo
total=$(awk '{n += $2} END {print n}' "$home/loads.txt")
job=$(sed -n 's/^ingest finished.*, \([0-9.]*\) s$/\1/p' "$home/ingest.out")
printf 'records loaded (read)         %d\n' "$total"
printf 'kz ingest, job                 %s s   %.0f records/s\n' "$job" "$(echo "$total / $job" | bc -l)"
printf 'kz ingest, process wall        %.1f s   %.0f records/s   (JVM and Spring start included), CPU %s s\n' \
  "$ingest_wall" "$(echo "$total / $ingest_wall" | bc -l)" "$(cpu "$home/ingest.time")"
printf 'kz ingest, peak memory         %s MB resident (max RSS), %s, heap limit -Xmx%s\n' "$(rss "$home/ingest.time")" \
  "$(heap "$home/ingest.gc")" "$heap"
[ "$settlement" -eq 1 ] || printf 'parse-only pass, peak memory   %s MB resident (max RSS)\n' "$(rss "$home/parse.time")"
printf 'target (1 M persons)           whole ingest <= 300 s, >= 100,000 records/s, heap <= 2 GB on H2\n'
grep -h "^ingest finished" "$home/ingest.out" | sed 's/^/kz says: /'
step_report() { awk '{printf "  step %-28s read %10d  written %10d  %9.3f s\n", $1, $2, $3, $4}' "$1"; }
echo
echo "kz list build --as-of $as_of, $persons persons, $db, -Xmx$list_heap"
printf 'kz list build, process wall    %.1f s   (JVM and Spring start included), CPU %s s\n' "$list_wall" "$(cpu "$home/list.time")"
step_report "$home/list-steps.txt"
printf 'kz list build, peak memory     %s MB resident (max RSS), %s, heap limit -Xmx%s\n' "$(rss "$home/list.time")" \
  "$(heap "$home/list.gc")" "$list_heap"
printf 'ingest + list build, wall      %.1f s\n' "$(echo "$ingest_wall + $list_wall" | bc)"
printf 'targets                        ~150k persons: ingest + list build <= 60 s; 1 M persons: list build <= 180 s, heap <= 4 GB, 2 cores\n'
grep -h "^list as of\|^list version" "$home/list.out" | sed 's/^/kz says: /'
if [ "$settlement" -eq 1 ]; then
  m=$(awk -F, '$1 == "loans.csv" {l = $2} $1 == "loan_transactions.csv" {t = $2} END {print l, t}' \
    "$home/inbox/bank/2025/MANIFEST.csv")
  echo
  echo "kz settle --year 2025, ${m% *} loans, ${m#* } transactions, $db, -Xmx$list_heap"
  printf 'kz settle, process wall        %.1f s   %.0f transactions/s   (ledger ingest + settle, JVM start included), CPU %s s\n' \
    "$settle_wall" "$(echo "${m#* } / $settle_wall" | bc -l)" "$(cpu "$home/settle.time")"
  step_report "$home/settle-steps.txt"
  printf 'kz settle, peak memory         %s MB resident (max RSS), %s, heap limit -Xmx%s\n' "$(rss "$home/settle.time")" \
    "$(heap "$home/settle.gc")" "$list_heap"
  printf 'target                         100,000 loans / 2,000,000 transactions <= 30 s on 2 cores\n'
  grep -h "^settlement 2025" "$home/settle.out" | sed 's/^/kz says: /'
fi

# the summary, in the shape of issue 12's table; goals for county size, or for 1 M persons from 500,000 on
big=0; [ "$persons" -ge 500000 ] && big=1
goal() { if [ "$big" -eq 1 ]; then echo "$2"; else echo "$1"; fi; }
peak() {
  sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(.*/\1/p' "$1" | awk '{if ($1 > b) b = $1} END {printf "%d", b}'
}
row() { # row WORKLOAD NAME-OF-RUN WALL GOAL [steps file]
  local steps=""
  if [ -n "${5:-}" ] && [ -s "$5" ]; then
    steps=$(awk '{printf "%s%s %.1f", (NR > 1 ? ", " : ""), $1, $4}' "$5")
    steps=" ($steps)"
  fi
  printf '| %s | %.1f s, CPU %s s, RSS %s MB, heap %s MB%s | %s |\n' "$1" "$3" "$(cpu "$home/$2.time")" \
    "$(rss "$home/$2.time")" "$(peak "$home/$2.gc")" "$steps" "$4"
}
echo
echo "summary: $persons persons, $db, $(nproc) cores, load average at the start $load0, now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(whole process wall time; CPU = user + system seconds; RSS = peak resident; heap = most in use at a GC)"
echo "| workload | kz | goal |"
echo "| --- | --- | --- |"
printf '| ingest | %.1f s (job %s s), CPU %s s, RSS %s MB, heap %s MB | %s |\n' "$ingest_wall" "${job:-?}" \
  "$(cpu "$home/ingest.time")" "$(rss "$home/ingest.time")" "$(peak "$home/ingest.gc")" "$(goal '<= 8 s' '<= 30 s')"
row "list build" list "$list_wall" "$(goal '<= 4 s' '<= 12 s, heap <= 2 GB')" "$home/list-steps.txt"
row "rebuilding the same as-of date" rebuild "$(cat "$home/rebuild.wall")" "no slower than the first build" \
  "$home/rebuild-steps.txt"
[ "$nightly" -eq 1 ] && row "kz nightly (ingest + list, fresh home)" nightly "$(cat "$home/nightly.wall")" "$(goal '<= 12 s' '-')"
[ "$settlement" -eq 1 ] && row "settle ($loans loans, $((loans * per_loan)) transactions; ledger ingest included)" settle \
  "$settle_wall" "<= 6 s" "$home/settle-steps.txt"
row "kz list explain (the first after a delivery: prepares its look-ups)" explain "$(cat "$home/explain.wall")" "-"
row "kz list explain" explain2 "$(cat "$home/explain2.wall")" "$(goal '<= 1.5 s' '-')"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$keep" -eq 1 ]; then
  echo "kept: $home (ingest.*, list.*, settle.* with .gc logs, parse.out, loads.txt, logs/, out/), inbox $inbox"
fi
