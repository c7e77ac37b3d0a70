#!/usr/bin/env bash
# Checkout benchmark (issue 15): Gatling simulations of the whole checkout, with the figures
# and the invariants printed at the end.
#   normal  capacity ramp (open model) through the gateway, then directly to the services;
#           steady load through the gateway, then directly; the spec's k6 scenario (200 users)
#   fault   the steady load through the gateway with Kafka stopped for 30 s and started again
# Without BASE_URL it builds and starts the whole system itself, as `make run` does but on free
# ports, with the measured-run JVM flags (BENCH_JVM_OPTS to compare others), and stops it after.
#
# Usage: bench/checkout/run.sh [normal|fault|all]            (default: all)
#   SMOKE=1            every phase a few seconds long, to prove the bench works
#   BASE_URL=http://host:8083   against a running gateway (its rate limit must be high enough);
#                      PRODUCT_URL, BASKET_URL, PAYMENT_URL add the direct phases (and NOTIFICATION_URL
#                      the CPU figures of all four); ADMIN_TOKEN reads the gateway's /metrics. The Kafka
#                      outage needs the bench's own system.
#   WARMUP_RATE WARMUP_SECONDS WARMUP_WINDOW WARMUP_TOLERANCE WARMUP_MIN WARMUP_JIT   the warm-up: checkouts
#                      at WARMUP_RATE/s (10) until two WARMUP_WINDOW s windows (10) in a row have no error,
#                      checkout p95 under 500 ms, medians within WARMUP_TOLERANCE % (10) and the JVMs' JIT
#                      compilers nearly idle (at most WARMUP_JIT s of compiling per s, all JVMs together: 0.25),
#                      at least WARMUP_MIN s (60), at most WARMUP_SECONDS (600)
#   RAMP_FROM RAMP_STEP RAMP_LEVELS LEVEL_SECONDS STEADY_RATE STEADY_SECONDS K6_USERS K6_SECONDS
#   FAULT_SECONDS KAFKA_DOWN_AT KAFKA_DOWN_FOR SETTLE_SECONDS   change the phases
#   SKIP_BUILD=1       use what is built
# Prints the figures and saves them (with Gatling's logs) under bench/checkout/results/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
WHAT="${1:-all}"
case "$WHAT" in normal | fault | all) ;; *) echo "usage: $0 [normal|fault|all]" >&2; exit 2 ;; esac
WORK="$ROOT/bench/checkout/target/run"
RESULTS="$ROOT/bench/checkout/results"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$RESULTS/$STAMP-$WHAT.txt"
mkdir -p "$WORK" "$RESULTS"
export BENCH_RESULTS_FILE="$REPORT"

load() { uptime | sed 's/.*load average: /load average /'; }

SYSTEM=""
cleanup() {
	if [[ -n "$SYSTEM" ]] && kill -0 "$SYSTEM" 2>/dev/null; then
		echo "stopping the system ..."
		[[ -n "${BENCH_CONTROL_URL:-}" ]] && curl -fs -X POST "$BENCH_CONTROL_URL/stop" >/dev/null 2>&1 || true
		for _ in $(seq 1 120); do kill -0 "$SYSTEM" 2>/dev/null || break; sleep 0.5; done
		kill -TERM "$SYSTEM" 2>/dev/null || true
		wait "$SYSTEM" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	echo "building (./mvnw -Pbench install -DskipTests) ..."
	./mvnw -B -q -Pbench install -DskipTests
fi

start_system() { # returns 0 once the addresses are written, 1 if the system gave up
	rm -f "$WORK/system.env"
	# A session of its own, so a Ctrl-C here reaches this script, which stops the system in order.
	local session=()
	command -v setsid >/dev/null && session=(setsid)
	${session[@]+"${session[@]}"} ./mvnw -B -q -Pbench -pl bench/checkout exec:java \
		-Dexec.mainClass=dev.shopfront.bench.checkout.BenchSystem -Dexec.args="$WORK/system.env" \
		-Dshopfront.root="$ROOT" > "$WORK/system.log" 2>&1 &
	SYSTEM=$!
	for _ in $(seq 1 1200); do
		[[ -s "$WORK/system.env" ]] && return 0
		kill -0 "$SYSTEM" 2>/dev/null || { tail -5 "$WORK/system.log" >&2; return 1; }
		sleep 0.5
	done
	echo "the system was not up within 600 s" >&2
	return 1
}

if [[ -z "${BASE_URL:-}" ]]; then
	echo "starting the system on free ports (logs in bench/checkout/target/system/logs) ..."
	# An engine that misses its start timeout on a loaded machine gets one more chance.
	if ! start_system; then
		cleanup
		echo "the system did not start; trying once more ..."
		start_system || { echo "the system did not start (see $WORK/system.log)" >&2; exit 1; }
	fi
	set -a
	# shellcheck disable=SC1091
	source "$WORK/system.env"
	set +a
	cat "$WORK/system.log"
else
	[[ "$WHAT" == normal ]] || { echo "the Kafka outage needs the bench's own system: run without BASE_URL, or 'normal'" >&2; exit 2; }
	export BENCH_GATEWAY_URL="$BASE_URL" BENCH_PRODUCT_URL="${PRODUCT_URL:-}" BENCH_BASKET_URL="${BASKET_URL:-}" \
		BENCH_PAYMENT_URL="${PAYMENT_URL:-}" BENCH_NOTIFICATION_URL="${NOTIFICATION_URL:-}" BENCH_ADMIN_TOKEN="${ADMIN_TOKEN:-}" BENCH_CONTROL_URL=""
fi

{
	echo "checkout bench $(date -u +%FT%TZ): $WHAT${SMOKE:+ (smoke)}, $(nproc) cores, gateway $BENCH_GATEWAY_URL"
	echo "JVM options of the services: ${BENCH_JVM_OPTS:-measured-run defaults (Layout.MEASURED_JVM_OPTIONS)}"
} | tee "$REPORT"

simulate() { # simulation class
	echo "before $1: $(load)" | tee -a "$REPORT"
	local status=0
	./mvnw -B -Pbench -pl bench/checkout test-compile gatling:test \
		-Dgatling.simulationClass="dev.shopfront.bench.checkout.$1" > "$WORK/$1.log" 2>&1 || status=$?
	echo "after $1: $(load)" | tee -a "$REPORT"
	if [[ $status -ne 0 ]]; then
		echo "$1 failed (exit $status); last lines of $WORK/$1.log:" >&2
		tail -40 "$WORK/$1.log" >&2
		return $status
	fi
}

status=0
if [[ "$WHAT" != fault ]]; then simulate CheckoutSimulation || status=$?; fi
if [[ "$WHAT" != normal ]]; then simulate KafkaOutageSimulation || status=$?; fi

echo
cat "$REPORT"
echo "saved to ${REPORT#"$ROOT"/}; Gatling's HTML reports are under bench/checkout/target/gatling/"
exit $status
