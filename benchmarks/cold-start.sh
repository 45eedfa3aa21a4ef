#!/usr/bin/env bash
# Cold start to the first GetItem, as whole processes, against one dynalite on 127.0.0.1 over http, then over https:
# LowVoltage on each transport, the AWS SDK v2 (default set-up and URL-connection client), a floor (the JDK
# HttpClient POSTing the same bytes) and an empty JVM, one run of each in turn; min and median over N runs; plus
# the count and total size of the jars on each runtime class path (mvn dependency:build-classpath of
# benchmarks/cold-start/<variant>).
# Over https, dynalite gets a certificate for 127.0.0.1 and localhost made for this run (its bundled one expired
# in 2018), and every JVM, the empty one included, trusts it through the javax.net.ssl.trustStore properties.
#
# Usage, from the repository root, after `mvn -B install -DskipTests` (the variants resolve io.lowvoltage from
# the local repository) and with dynalite installed by the build (target/dynalite, see the README):
#   benchmarks/cold-start.sh [runs] [scheme...]   # default 20 runs; schemes http and https
# Environment: MAVEN_REPO_LOCAL (a -Dmaven.repo.local), DYNALITE_HOME (default target/dynalite), JAVA (java).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-20}
SCHEMES=("${@:2}"); [[ ${#SCHEMES[@]} -gt 0 ]] || SCHEMES=(http https)
JAVA=${JAVA:-java}
KEYTOOL=$(dirname "$(command -v "$JAVA")")/keytool
MVN_ARGS=(-q -B)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
CLASSES="$ROOT/benchmarks/target/classes"
OUT="$ROOT/benchmarks/target/cold-start"
DYNALITE_DIR="${DYNALITE_HOME:-$ROOT/target/dynalite}/node_modules/dynalite"
DYNALITE="$DYNALITE_DIR/cli.js"
TLS="$OUT/tls"
VARIANTS=(empty floor-jdk lv-jdk lv-apache lv-netty sdk-urlconnection sdk-default)

[[ -d "$CLASSES/io/lowvoltage/benchmarks/coldstart" ]] || { echo "Build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
[[ -f "$DYNALITE" ]] || { echo "No dynalite at $DYNALITE: run the README build (it installs target/dynalite) or set DYNALITE_HOME" >&2; exit 1; }
for scheme in "${SCHEMES[@]}"; do
  [[ $scheme == http || $scheme == https ]] || { echo "Unknown scheme $scheme: http or https" >&2; exit 1; }
done
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

# A key and a self-signed certificate for 127.0.0.1 and localhost, as PEM for node, and a trust store holding only
# that certificate for the JVMs; not password-protected, so that loading it costs every variant as little as it can
make_certificate() {
  rm -rf "$TLS"; mkdir -p "$TLS"
  # RSA 2048, as DynamoDB's own endpoints present
  "$KEYTOOL" -genkeypair -alias dynalite -keyalg RSA -keysize 2048 -validity 2 -dname CN=localhost \
      -ext SAN=ip:127.0.0.1,dns:localhost -keystore "$TLS/server.p12" -storetype PKCS12 -storepass changeit \
      2>> "$TLS/keytool.log"
  "$KEYTOOL" -exportcert -rfc -alias dynalite -keystore "$TLS/server.p12" -storepass changeit \
      -file "$TLS/cert.pem" 2>> "$TLS/keytool.log"
  "$JAVA" -cp "$CLASSES" io.lowvoltage.benchmarks.coldstart.PrivateKeyPem "$TLS/server.p12" changeit dynalite \
      "$TLS/key.pem"
  "$KEYTOOL" -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE \
      -importcert -noprompt -alias dynalite -file "$TLS/cert.pem" -keystore "$TLS/truststore.p12" \
      -storetype PKCS12 -storepass changeit 2>> "$TLS/keytool.log"
}

# One dynalite per scheme, for every run of every variant
DYNALITE_PID=
trap '[[ -z $DYNALITE_PID ]] || kill $DYNALITE_PID 2>/dev/null || true' EXIT
start_dynalite() { # scheme -> sets PORT and DYNALITE_PID
  PORT=$(( 20000 + RANDOM % 20000 ))
  if [[ $1 == https ]]; then
    node "$ROOT/benchmarks/dynalite-tls.js" "$DYNALITE_DIR" 127.0.0.1 "$PORT" "$TLS/key.pem" "$TLS/cert.pem" \
      > "$OUT/dynalite-$1.log" 2>&1 &
  else
    node "$DYNALITE" --host 127.0.0.1 --port "$PORT" > "$OUT/dynalite-$1.log" 2>&1 &
  fi
  DYNALITE_PID=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
}

command_of() { # variant -> the command line
  local cp="$CLASSES"; [[ -s "$OUT/$1.classpath" ]] && cp="$CLASSES:$(cat "$OUT/$1.classpath")"
  echo "$JAVA ${JAVA_TLS[*]} -cp $cp $(main_class "$1") $ENDPOINT"
}

: > "$OUT/results.txt"
for scheme in "${SCHEMES[@]}"; do
  JAVA_TLS=()
  if [[ $scheme == https ]]; then
    make_certificate
    JAVA_TLS=("-Djavax.net.ssl.trustStore=$TLS/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12)
  fi
  start_dynalite "$scheme"
  ENDPOINT="$scheme://127.0.0.1:$PORT"
  $(command_of lv-jdk) --create-table
  sleep 1.5   # dynalite makes a table ACTIVE after 500 ms

  # The first run of each variant checks that it works, and is not timed
  for v in "${VARIANTS[@]}"; do
    $(command_of "$v") > "$OUT/$scheme-$v.out" 2>&1 || { echo "$v over $scheme failed: see $OUT/$scheme-$v.out" >&2; exit 1; }
    : > "$OUT/$scheme-$v.times"
  done
  # Round robin, one run of each variant in turn: on a shared machine, load that comes and goes then weighs on
  # every variant alike, which timing one variant's runs back to back, then the next's, does not
  for _ in $(seq "$RUNS"); do
    for v in "${VARIANTS[@]}"; do
      cmd=$(command_of "$v")
      t0=$(date +%s%N); $cmd > /dev/null 2>&1; t1=$(date +%s%N)
      echo $(( (t1 - t0) / 1000000 )) >> "$OUT/$scheme-$v.times"
    done
  done

  echo "$scheme" | tee -a "$OUT/results.txt"
  printf '%-18s %5s %8s %9s %10s\n' variant jars MB 'min ms' 'median ms' | tee -a "$OUT/results.txt"
  for v in "${VARIANTS[@]}"; do
    jars=0; bytes=0
    if [[ -s "$OUT/$v.classpath" ]]; then
      jars=$(tr ':' '\n' < "$OUT/$v.classpath" | grep -c '\.jar$')
      bytes=$(tr ':' '\n' < "$OUT/$v.classpath" | xargs stat -c %s | awk '{s+=$1} END {print s}')
    fi
    min=$(sort -n "$OUT/$scheme-$v.times" | head -1)
    median=$(sort -n "$OUT/$scheme-$v.times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-18s %5d %8.2f %9d %10d\n' "$v" "$jars" "$(awk -v b="$bytes" 'BEGIN {print b/1e6}')" "$min" "$median" \
      | tee -a "$OUT/results.txt"
  done
  kill "$DYNALITE_PID"; wait "$DYNALITE_PID" 2>/dev/null || true; DYNALITE_PID=
done
echo "Runs: $RUNS each; $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)" | tee -a "$OUT/results.txt"
