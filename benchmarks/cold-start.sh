#!/usr/bin/env bash
# Cold start to the first GetItem, as whole processes, against one dynalite on 127.0.0.1 over http:
# LowVoltage on each transport, the AWS SDK v2 (default set-up and URL-connection client), a floor (the JDK
# HttpClient POSTing the same bytes) and an empty JVM; min and median over N runs; plus the count and total
# size of the jars on each runtime class path (mvn dependency:build-classpath of benchmarks/cold-start/<variant>).
#
# Usage, from the repository root, after `mvn -B install -DskipTests` (the variants resolve io.lowvoltage from
# the local repository) and with dynalite installed by the build (target/dynalite, see the README):
#   benchmarks/cold-start.sh [runs]            # default 20 runs
# Environment: MAVEN_REPO_LOCAL (a -Dmaven.repo.local), DYNALITE_HOME (default target/dynalite), JAVA (java).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-20}
JAVA=${JAVA:-java}
MVN_ARGS=(-q -B)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
CLASSES="$ROOT/benchmarks/target/classes"
OUT="$ROOT/benchmarks/target/cold-start"
DYNALITE="${DYNALITE_HOME:-$ROOT/target/dynalite}/node_modules/dynalite/cli.js"
VARIANTS=(empty floor-jdk lv-jdk lv-apache lv-netty sdk-urlconnection sdk-default)

[[ -d "$CLASSES/io/lowvoltage/benchmarks/coldstart" ]] || { echo "Build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
[[ -f "$DYNALITE" ]] || { echo "No dynalite at $DYNALITE: run the README build (it installs target/dynalite) or set DYNALITE_HOME" >&2; exit 1; }
mkdir -p "$OUT"

main_class() {
  case "$1" in
    empty) echo io.lowvoltage.benchmarks.coldstart.ColdStartEmpty ;;
    floor-*) echo io.lowvoltage.benchmarks.coldstart.ColdStartFloor ;;
    lv-*) echo io.lowvoltage.benchmarks.coldstart.ColdStartLowVoltage ;;
    sdk-*) echo io.lowvoltage.benchmarks.coldstart.ColdStartSdk ;;
  esac
}

# The runtime jars of each variant
for v in "${VARIANTS[@]}"; do
  if [[ $v == empty ]]; then : > "$OUT/$v.classpath"; continue; fi
  mvn "${MVN_ARGS[@]}" -f "$ROOT/benchmarks/cold-start/$v/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$OUT/$v.classpath" > "$OUT/$v.mvn.log" 2>&1 \
    || { echo "Cannot resolve the class path of $v: see $OUT/$v.mvn.log" >&2; exit 1; }
done

# One dynalite for every run
PORT=$(( 20000 + RANDOM % 20000 ))
node "$DYNALITE" --host 127.0.0.1 --port "$PORT" > "$OUT/dynalite.log" 2>&1 &
DYNALITE_PID=$!
trap 'kill $DYNALITE_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
ENDPOINT="http://127.0.0.1:$PORT"
"$JAVA" -cp "$CLASSES:$(cat "$OUT/lv-jdk.classpath")" "$(main_class lv-jdk)" "$ENDPOINT" --create-table
sleep 1.5   # dynalite makes a table ACTIVE after 500 ms

command_of() { # variant -> the command line
  local cp="$CLASSES"; [[ -s "$OUT/$1.classpath" ]] && cp="$CLASSES:$(cat "$OUT/$1.classpath")"
  echo "$JAVA -cp $cp $(main_class "$1") $ENDPOINT"
}

printf '%-18s %5s %8s %9s %10s\n' variant jars MB 'min ms' 'median ms' | tee "$OUT/results.txt"
for v in "${VARIANTS[@]}"; do
  cmd=$(command_of "$v")
  $cmd > "$OUT/$v.out" 2>&1 || { echo "$v failed: see $OUT/$v.out" >&2; exit 1; }
  jars=0; bytes=0
  if [[ -s "$OUT/$v.classpath" ]]; then
    jars=$(tr ':' '\n' < "$OUT/$v.classpath" | grep -c '\.jar$')
    bytes=$(tr ':' '\n' < "$OUT/$v.classpath" | xargs stat -c %s | awk '{s+=$1} END {print s}')
  fi
  if command -v hyperfine > /dev/null; then
    hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$OUT/$v.json" "$cmd" > /dev/null
    read -r min median < <(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['results'][0]['times']; t.sort(); print(round(t[0]*1000), round(t[len(t)//2]*1000))" "$OUT/$v.json")
  else
    : > "$OUT/$v.times"
    for _ in $(seq "$RUNS"); do
      t0=$(date +%s%N); $cmd > /dev/null 2>&1; t1=$(date +%s%N)
      echo $(( (t1 - t0) / 1000000 )) >> "$OUT/$v.times"
    done
    min=$(sort -n "$OUT/$v.times" | head -1)
    median=$(sort -n "$OUT/$v.times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  fi
  printf '%-18s %5d %8.2f %9d %10d\n' "$v" "$jars" "$(awk -v b="$bytes" 'BEGIN {print b/1e6}')" "$min" "$median" \
    | tee -a "$OUT/results.txt"
done
echo "Runs: $RUNS each; $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)" | tee -a "$OUT/results.txt"
