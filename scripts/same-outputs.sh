#!/usr/bin/env bash
# same-outputs.sh: whether a speed change changed any output (issue 12). Runs the same commands with two
# builds of kz (before and after) into fresh homes and compares every file under out/ and the stdout of
# `kz list explain`, for each data set and database; prints one line each, SAME or DIFFERENT with the first
# differences, and exits 0 when everything is the same, 1 when not, 2 when a run failed or on wrong usage.
# A check, not a test: CI never runs it.
#
#   scripts/same-outputs.sh [--before REV | --before-jar JAR] [--after REV | --after-jar JAR]
#                           [--data sample,county] [--db h2,postgresql] [--households N]
#                           [--loans N] [--transactions-per-loan K] [--max N] [--keep] [--reuse] [--tamper]
#
#   --before REV  the revision before the change (default: the merge base of main and HEAD); its kz.jar is
#                 built in a temporary git worktree (mvn -B -q -o -DskipTests package), kept by commit
#                 under the work folder for the next run
#   --after REV   the revision after (default: the working tree, uncommitted changes included: target/kz.jar,
#                 built when older than the sources)
#   --before-jar JAR, --after-jar JAR   ready jars instead of revisions
#   --data        sample (sample-data/inbox), county (a generated county-size inbox: kz generate --seed 20250615
#                 --worker-share 0.8 --households N, as scripts/bench.sh makes it; /tmp/kz-bench's is reused
#                 when present); default both
#   --db          h2 (default), postgresql (a throwaway cluster, scripts/lib/throwaway-pg.sh), or both
#   --households N  households of the county inbox (default 54985, bench.sh's 150,000 persons)
#   --loans N, --transactions-per-loan K  the county inbox's bank ledger (kuozhong.bench.BenchLedger, written
#                 once from the before home's list and copied into both homes; default 20000 x 10)
#   --max N       differences shown a line (default 5)
#   --keep        keep the homes and logs under the work folder
#   --reuse       compare again the homes that an earlier --keep run left in the work folder (no kz run);
#                 the jars given only name the report's lines
#   --tamper      test mode: compare the before home with a copy of the after home's outputs in which
#                 target-list.csv of 2025-06-15 has another header and referrals.csv is missing, to show
#                 that a difference is found
#
# Each home runs, with --lang en, --policy jobs/policy.yml of this checkout and KZ_BANK_LIST_PASSWORD=same:
# kz ingest; kz list build --as-of D for each delivery date up to 2025-06-15 (sample: 2025-01-10 too);
# the same build of 2025-06-15 again (a rebuild); kz list explain --household H --as-of 2025-06-15 (H the
# first household of the before home's target-list.csv); kz settle --year 2025. The exit codes of all of
# them are compared too. Comparison (kuozhong.bench.SameOutputs): every file byte for byte, except .xlsx
# by content, part by part (the zip container's entry times are not compared), the encrypted bank-list.xlsx
# and core-list.xlsx decrypted first (their random salt differs every run); a file in one home only is a
# difference. Normalised, because it differs between two runs of the same jar on the same input (the time
# of the run), and nothing else:
#   - every .xlsx: docProps/core.xml dcterms:created / dcterms:modified
#   - out/ingest/quality.xlsx: the time after 生成时间 (generated at) in the note
#   - out/settlement/<year>/subsidy-<year>.xlsx: the 运行时间 (run time) value, column D, parameters sheet
#   - out/metrics/kz.prom: the values of *_timestamp_seconds, *_duration_seconds, kz_source_snapshot_age_days
# Before and after are compared on the same database, never H2 against PostgreSQL. Up to commit 34a10e5 the two
# ordered the members of a household in bank-list.xlsx differently (PostgreSQL as its table returned them), so a
# before of those commits differs from any later after on PostgreSQL in the order of those rows only.
#
# Work folder: $KZ_SAME_DIR (default /tmp/kz-same). Heap of every kz run: $KZ_SAME_HEAP (default 3g).
set -euo pipefail

before_rev=
after_rev=
before_jar=
after_jar=
data=sample,county
dbs=h2
households=54985
loans=20000
per_loan=10
max=5
keep=0
tamper=0
reuse=0
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before_rev="${2:?--before needs a revision}"; shift 2 ;;
    --after) after_rev="${2:?--after needs a revision}"; shift 2 ;;
    --before-jar) before_jar="${2:?--before-jar needs a jar}"; shift 2 ;;
    --after-jar) after_jar="${2:?--after-jar needs a jar}"; shift 2 ;;
    --data) data="${2:?--data needs sample, county or both}"; shift 2 ;;
    --db) dbs="${2:?--db needs h2, postgresql or both}"; shift 2 ;;
    --households) households="${2:?--households needs a number}"; shift 2 ;;
    --loans) loans="${2:?--loans needs a number}"; shift 2 ;;
    --transactions-per-loan) per_loan="${2:?--transactions-per-loan needs a number}"; shift 2 ;;
    --max) max="${2:?--max needs a number}"; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=1; keep=1; shift ;;
    --tamper) tamper=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "same-outputs.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
for n in "$households" "$loans" "$per_loan" "$max"; do
  case "$n" in ''|*[!0-9]*) echo "same-outputs.sh: --households, --loans, --transactions-per-loan and --max take whole numbers" >&2; exit 2 ;; esac
done
data="${data//both/sample,county}"
dbs="${dbs//both/h2,postgresql}"
for d in ${data//,/ }; do case "$d" in sample|county) ;; *) echo "same-outputs.sh: --data takes sample, county" >&2; exit 2 ;; esac; done
for d in ${dbs//,/ }; do case "$d" in h2|postgresql) ;; *) echo "same-outputs.sh: --db takes h2, postgresql" >&2; exit 2 ;; esac; done
[ -z "$before_rev" ] || [ -z "$before_jar" ] || { echo "same-outputs.sh: --before or --before-jar, not both" >&2; exit 2; }
[ -z "$after_rev" ] || [ -z "$after_jar" ] || { echo "same-outputs.sh: --after or --after-jar, not both" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${KZ_SAME_DIR:-/tmp/kz-same}"
heap="${KZ_SAME_HEAP:-3g}"
policy="$root/jobs/policy.yml"
password=same
as_of=2025-06-15
seed=20250615
share=0.8
launcher=org.springframework.boot.loader.launch.PropertiesLauncher
mkdir -p "$work/jars"
work="$(cd "$work" && pwd)"

cleanup() {
  pg_stop
  if [ "$keep" -eq 0 ]; then
    rm -rf "$work"/run-*
  fi
  rm -rf "$work/pg"
}
trap cleanup EXIT
pg_label=same-outputs
. "$root/scripts/lib/throwaway-pg.sh"

# the working tree's jar: the comparer, the generator and the ledger writer run from it, whatever the revisions
tools="$root/target/kz.jar"
if [ ! -f "$tools" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$tools" -print -quit 2>/dev/null)" ]; then
  echo "same-outputs: building $tools ..." >&2
  (cd "$root" && mvn -B -q -o -DskipTests package) >&2
fi

# jar_of REV: the kz.jar of a commit, built once in a temporary worktree and kept as $work/jars/<commit>.jar
jar_of() {
  local sha wt
  sha="$(git -C "$root" rev-parse --verify "$1^{commit}")" || { echo "same-outputs.sh: no revision $1" >&2; exit 2; }
  if [ ! -f "$work/jars/$sha.jar" ]; then
    wt="$work/src-$sha"
    rm -rf "$wt"
    git -C "$root" worktree add -q --detach "$wt" "$sha" >&2
    echo "same-outputs: building kz.jar of $1 (${sha:0:10}) in $wt ..." >&2
    if ! (cd "$wt" && mvn -B -q -o -DskipTests package) >&2; then
      git -C "$root" worktree remove --force "$wt" >/dev/null 2>&1 || true
      echo "same-outputs.sh: the build of $1 failed" >&2
      exit 2
    fi
    cp "$wt/target/kz.jar" "$work/jars/$sha.jar.tmp"
    mv "$work/jars/$sha.jar.tmp" "$work/jars/$sha.jar"
    git -C "$root" worktree remove --force "$wt" >/dev/null
  fi
  echo "$work/jars/$sha.jar"
}
describe() { git -C "$root" log -1 --format='%h %s' "$1" | cut -c1-70; }

if [ "$reuse" -eq 1 ]; then
  before_label="kept before homes in $work"
  before_jar="$tools"
elif [ -n "$before_jar" ]; then
  before_label="jar $before_jar"
else
  if [ -z "$before_rev" ]; then
    before_rev="$(git -C "$root" merge-base main HEAD)" || { echo "same-outputs.sh: no merge base of main and HEAD; give --before" >&2; exit 2; }
  fi
  before_jar="$(jar_of "$before_rev")"
  before_label="$(describe "$before_rev")"
fi
if [ "$reuse" -eq 1 ]; then
  after_label="kept after homes in $work"
  after_jar="$tools"
elif [ -n "$after_jar" ]; then
  after_label="jar $after_jar"
elif [ -n "$after_rev" ]; then
  after_jar="$(jar_of "$after_rev")"
  after_label="$(describe "$after_rev")"
else
  after_jar="$tools"
  after_label="working tree ($(describe HEAD)$( [ -z "$(git -C "$root" status --porcelain --untracked-files=no)" ] || echo ', with uncommitted changes'))"
fi
for j in "$before_jar" "$after_jar"; do [ -f "$j" ] || { echo "same-outputs.sh: no jar $j" >&2; exit 2; }; done
echo "same-outputs: before = $before_label"
echo "same-outputs: after  = $after_label"
echo "same-outputs: data $data, db $dbs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), work folder $work"

# ---------------------------------------------------------------------------------------- county inbox
county_inbox=""
if [ "$reuse" -eq 0 ] && [[ ",$data," == *,county,* ]]; then
  name="inbox-h$households-s$seed-w$share"
  if [ -f "/tmp/kz-bench/$name/bank/2025/MANIFEST.csv" ]; then
    county_inbox="/tmp/kz-bench/$name"
  else
    county_inbox="$work/$name"
    if [ ! -f "$county_inbox/bank/2025/MANIFEST.csv" ]; then
      rm -rf "$county_inbox"
      echo "same-outputs: generating $county_inbox ..."
      java -Xmx2g -jar "$tools" generate --households "$households" --seed "$seed" --worker-share "$share" \
        --out "$county_inbox" | sed 's/^/same-outputs: /'
    fi
  fi
  echo "same-outputs: county inbox $county_inbox (its deliveries linked read-only into the homes; its bank folder replaced by a ledger of $loans x $per_loan)"
fi
if [ "$reuse" -eq 0 ] && [[ ",$dbs," == *,postgresql,* ]]; then
  pg_start "$work/pg"
  echo "same-outputs: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $pgport"
fi

# ------------------------------------------------------------------------------------------------- runs
# run_side DATASET DB SIDE JAR: the sequence into a fresh home $run/SIDE/home; stdout of explain and the
# exit codes in $run/SIDE/stdout, every command's output in $run/SIDE/log
run_side() {
  local ds="$1" db="$2" side="$3" jar="$4" dir="$run/$3" t0 rc d
  local home="$dir/home" log="$dir/log" std="$dir/stdout"
  rm -rf "$dir"
  mkdir -p "$home/inbox" "$log" "$std"
  local dbopt=()
  if [ "$db" = postgresql ]; then
    pg_createdb "kz_${ds}_${side}"
    dbopt=(--db "$(pg_url "kz_${ds}_${side}")")
  fi
  if [ "$ds" = sample ]; then
    cp -r "$root/sample-data/inbox/." "$home/inbox/"
  else
    for d in "$county_inbox"/*; do
      [ "$(basename "$d")" = bank ] || ln -s "$d" "$home/inbox/$(basename "$d")"
    done
  fi
  t0=$(date +%s)
  # step NAME ALLOWED-EXIT-CODES kz-arguments...: stdout to log/NAME.out, the exit code to stdout/exit-codes.txt
  step() {
    local name="$1" ok="$2"
    shift 2
    set +e
    KZ_BANK_LIST_PASSWORD="$password" java -Xmx"$heap" -Dkz.noProgressBar=true -jar "$jar" --lang en \
      --home "$home" --policy "$policy" ${dbopt[@]+"${dbopt[@]}"} "$@" >"$log/$name.out" 2>"$log/$name.err"
    rc=$?
    set -e
    echo "$name $rc" >>"$std/exit-codes.txt"
    if [[ " $ok " != *" $rc "* ]]; then
      echo "same-outputs: $ds $db $side: kz $* exited $rc (see $log/$name.out, .err)" >&2
      tail -5 "$log/$name.out" "$log/$name.err" >&2
      return 2
    fi
  }
  step ingest 0 ingest || return 2
  if [ "$ds" = sample ]; then
    for d in "$home"/inbox/[0-9]*; do
      d="$(basename "$d")"
      step "list-${d}" 0 list build --as-of "${d:0:4}-${d:4:2}-${d:6:2}" || return 2
    done
  else
    step "list-first" 0 list build --as-of "$as_of" || return 2
  fi
  step rebuild 0 list build --as-of "$as_of" || return 2
  [ -n "$household" ] || household=$(awk -F, 'NR == 2 {print $1}' "$home/out/list/$as_of/target-list.csv")
  step explain "0 1" list explain --household "$household" --as-of "$as_of" || return 2
  cp "$log/explain.out" "$std/explain.txt"
  if [ "$ds" = county ]; then
    if [ ! -f "$run/ledger/MANIFEST.csv" ]; then
      java -Xmx2g -cp "$tools" -Dloader.main=kuozhong.bench.BenchLedger "$launcher" "$county_inbox/20250615/person.csv" \
        "$home/out/list/$as_of/target-list.csv" "$as_of" "$run/ledger" "$loans" "$per_loan" >"$log/ledger.out"
    fi
    mkdir -p "$home/inbox/bank"
    cp -r "$run/ledger" "$home/inbox/bank/2025"
  fi
  step settle 0 settle --year 2025 || return 2
  echo "same-outputs: $ds $db $side: $(( $(date +%s) - t0 )) s" >&2
}

status=0
results=()
for ds in ${data//,/ }; do
  for db in ${dbs//,/ }; do
    run="$work/run-$ds-$db"
    household=""
    if [ "$reuse" -eq 1 ]; then
      [ -d "$run/before/home/out" ] && [ -d "$run/after/home/out" ] || {
        echo "same-outputs.sh: --reuse: no kept homes in $run" >&2; exit 2; }
    elif ! { rm -rf "$run" && mkdir -p "$run" && run_side "$ds" "$db" before "$before_jar" && run_side "$ds" "$db" after "$after_jar"; }; then
      results+=("$(printf '%-7s %-11s FAILED (a kz run failed; see %s)' "$ds" "$db" "$run")")
      status=2
      continue
    fi
    after_out="$run/after/home/out"
    if [ "$tamper" -eq 1 ]; then
      after_out="$run/tampered/out"
      rm -rf "$run/tampered"
      mkdir -p "$run/tampered"
      cp -a "$run/after/home/out" "$after_out"
      sed -i '1s/^household_no,/household_NO,/' "$after_out/list/$as_of/target-list.csv"
      rm -f "$after_out/list/$as_of/referrals.csv"
      echo "same-outputs: --tamper: comparing with $after_out: target-list.csv's header changed, referrals.csv removed" >&2
    fi
    set +e
    java -Xmx2g -cp "$tools" -Dloader.main=kuozhong.bench.SameOutputs "$launcher" --password "$password" \
      --max "$max" "$run/before/home/out" "$after_out" "$run/before/stdout" "$run/after/stdout" \
      >"$run/compare.txt" 2>&1
    rc=$?
    set -e
    results+=("$(printf '%-7s %-11s %s' "$ds" "$db" "$(head -1 "$run/compare.txt")")")
    while IFS= read -r l; do results+=("                    $l"); done < <(tail -n +2 "$run/compare.txt")
    if [ "$rc" -eq 1 ]; then
      [ "$status" -ge 1 ] || status=1
    elif [ "$rc" -ne 0 ]; then
      status=2
    fi
  done
done

echo
echo "same outputs: before $before_label"
echo "              after  $after_label"
echo "              load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${results[@]}"
[ "$keep" -eq 0 ] || echo "kept: $work/run-* (before/, after/: home, log, stdout; compare.txt)"
exit "$status"
