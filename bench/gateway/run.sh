#!/usr/bin/env bash
# Gateway overhead benchmark: one backend, every figure from the same run
#   direct     wrk -> backend
#   nginx      wrk -> nginx as a plain reverse proxy -> backend
#   bare       wrk -> the gateway jar with only the routes and the load balancer -> backend
#   +feature   bare with one feature switched on (rate-limit, breaker, retry, access-log,
#              metrics, edge-filters, tracing: every request's spans recorded), one gateway each
#   all        every feature on, as in production (Redis rate limit set so high it never refuses;
#              no collector, so no spans recorded)
#   optional: all-nio (Java NIO instead of native epoll), all-parallel-gc, all-exact (RATE_LIMIT_SYNC_TOKENS=0:
#              a Redis round trip per request), all-traced (every request's spans recorded, as
#              with a collector), before (BEFORE_JAR, an older build, all on)
# and prints requests/s, p50 and p99 of each, the ratios to bare and to nginx, what each
# feature costs over bare, and each gateway JVM's CPU per request (from /proc: with wrk, nginx
# and the other gateways on the same cores, it moves far less between runs than req/s does). Targets (issue 16): all >= 0.8 x bare, >= 0.3 x nginx, p99 within
# 5 ms of nginx.
#
# The backend is nginx serving a fixed JSON body at the path the product route forwards to, so
# the figures measure the proxies, not a database. Everything shares this machine's cores with
# wrk: compare the ratios of one run, not absolute numbers between runs (the load average is
# printed beside each measurement).
#
# Needs: wrk, nginx, redis-server (Debian: apt-get install -y wrk nginx-light redis-server),
# and a built gateway jar (built here when missing).
#
# Usage: bench/gateway/run.sh
#   DURATION=5s ROUNDS=4 CONNECTIONS=32 THREADS=2   the load (DURATION per turn; even rounds in reverse order)
#   WARMUP=5s WARMUP_TOLERANCE=5 WARMUP_JIT=0.05    warm-up steps until two agree within 5% with the JIT compiling
#   WARMUP_MAX=180                                  at most 0.05 s per s (at most 180 s per gateway)
#   VARIANTS="bare all"                               a subset (default: all variants above)
#   GATEWAY_JAR=...                                   another build
#   BEFORE_JAR=... VARIANTS="... before"              also an older build, every feature on
#   GATEWAY_JAVA_OPTS=...                             other JVM flags (default: the image's JAVA_OPTS, 256 MB heap)
#   JFR=1 [JFR_VARIANT=all]                           record a profile of the "all" variant (or another)
#   PROFILE=1 [PROFILE_VARIANT=all]                   CPU samples of that variant's measured turns with async-profiler
#                                                     (tools.profiler:async-profiler from Maven Central; itimer, so no
#                                                     perf events needed): collapsed stacks and the top frames
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DURATION="${DURATION:-5s}"
WARMUP="${WARMUP:-5s}"
WARMUP_TOLERANCE="${WARMUP_TOLERANCE:-5}"
WARMUP_MAX="${WARMUP_MAX:-180}"
VARIANTS="${VARIANTS:-bare rate-limit breaker retry access-log metrics edge-filters tracing all}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
BACKEND_PORT="${BACKEND_PORT:-18180}"
NGINX_PORT="${NGINX_PORT:-18181}"
REDIS_PORT="${REDIS_PORT:-16379}"
GATEWAY_PORT="${GATEWAY_PORT:-18183}"
WORK="$ROOT/bench/gateway/target"
RESULTS="$ROOT/bench/gateway/results"

for tool in wrk nginx redis-server curl java; do
	command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx-light redis-server curl)" >&2; exit 2; }
done

rm -rf "$WORK" && mkdir -p "$WORK/nginx" "$RESULTS"
PROFILE_VARIANT="${PROFILE_VARIANT:-all}"
PROFILER=""
if [[ "${PROFILE:-}" == 1 ]]; then
	case "$(uname -m)" in
	x86_64) platform=linux-x64 ;;
	aarch64) platform=linux-arm64 ;;
	*) echo "PROFILE=1: async-profiler has no library for $(uname -m)" >&2; exit 2 ;;
	esac
	(cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.0 -DoutputDirectory="$WORK/profiler")
	unzip -q -o "$WORK/profiler/async-profiler-4.0.jar" "$platform/libasyncProfiler.so" -d "$WORK/profiler"
	PROFILER="$WORK/profiler/$platform/libasyncProfiler.so"
fi
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT

# GATEWAY_JAR compares another build (e.g. before and after a tuning change) on the same machine.
jar="${GATEWAY_JAR:-$(ls "$ROOT"/gateway/target/gateway-*.jar 2>/dev/null | grep -v plain | head -1 || true)}"
if [[ -z "$jar" ]]; then
	echo "building the gateway jar ..."
	(cd "$ROOT" && ./mvnw -B -q -pl gateway -am package -DskipTests)
	jar="$(ls "$ROOT"/gateway/target/gateway-*.jar | grep -v plain | head -1)"
fi

# A product-list-sized JSON body (about 1 KB), and the health path the gateway polls.
head -c 700 /dev/zero | tr '\0' 'x' | sed 's/.*/{"items":[{"id":"bench","name":"&"}],"page":0,"size":20,"total":1}/' > "$WORK/nginx/products.json"

cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
	access_log off;
	keepalive_requests 1000000;
	upstream backend { server 127.0.0.1:$BACKEND_PORT; keepalive 64; }
	# the backend
	server {
		listen 127.0.0.1:$BACKEND_PORT;
		location = /products    { default_type application/json; alias $WORK/nginx/products.json; }
		location = /health/live { default_type application/json; return 200 '{"status":"UP"}'; }
	}
	# nginx as the reference reverse proxy: same path rewrite as the gateway's StripPrefix=1
	server {
		listen 127.0.0.1:$NGINX_PORT;
		location /api/ {
			proxy_pass http://backend/;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
		}
	}
}
EOF
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)

redis-server --port "$REDIS_PORT" --save '' --appendonly no --daemonize no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)

wait_for() { # url [seconds [pid log]]: a process that exits while it is awaited ends the run at once
	local deadline=$((SECONDS + ${2:-60}))
	while ((SECONDS < deadline)); do
		curl -fs --max-time 2 -o /dev/null "$1" && return 0
		if [[ -n "${3:-}" ]] && ! kill -0 "$3" 2>/dev/null; then
			echo "exited before it answered on $1; last lines of $4:" >&2
			tail -5 "$4" >&2
			exit 1
		fi
		sleep 0.5
	done
	echo "not ready: $1 (logs in $WORK)" >&2
	exit 1
}
wait_for "http://127.0.0.1:$BACKEND_PORT/products"
wait_for "http://127.0.0.1:$NGINX_PORT/api/products"

# The JVM flags of the gateway's image (JAVA_OPTS in gateway/Dockerfile, which compose and Helm
# run as they are), then a fixed heap: the image sizes it from the container's memory limit,
# and here several gateways share the host's memory.
IMAGE_JAVA_OPTS="$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' "$ROOT/gateway/Dockerfile")"
[[ -n "$IMAGE_JAVA_OPTS" ]] || { echo "no JAVA_OPTS in gateway/Dockerfile" >&2; exit 2; }
JVM_OPTS="${GATEWAY_JAVA_OPTS:-$IMAGE_JAVA_OPTS -Xms256m -Xmx256m}"

# Every switch off: the routes (StripPrefix only) and the load balancer.
BARE=(RATE_LIMIT_ENABLED=false CIRCUIT_BREAKER_ROUTE_FILTER=false RETRY_ENABLED=false
	ACCESS_LOG_ENABLED=false REQUEST_METRICS_ENABLED=false EDGE_FILTERS_ENABLED=false
	TRACING_SAMPLING_PROBABILITY=0.0)
switches_of() { # variant -> the env assignments that start it
	local on
	case "$1" in
	bare) on="" ;;
	rate-limit) on=RATE_LIMIT_ENABLED ;;
	breaker) on=CIRCUIT_BREAKER_ROUTE_FILTER ;;
	retry) on=RETRY_ENABLED ;;
	access-log) on=ACCESS_LOG_ENABLED ;;
	metrics) on=REQUEST_METRICS_ENABLED ;;
	edge-filters) on=EDGE_FILTERS_ENABLED ;;
	# every request's spans recorded, as with a collector (none here: they are dropped)
	tracing) echo TRACING_SAMPLING_PROBABILITY=1.0; on=TRACING_SAMPLING_PROBABILITY ;;
	all | all-nio | all-parallel-gc | before) return 0 ;;
	all-exact) echo RATE_LIMIT_SYNC_TOKENS=0; return 0 ;;
	all-traced) echo TRACING_SAMPLING_PROBABILITY=1.0; return 0 ;;
	*) echo "unknown variant: $1" >&2; exit 2 ;;
	esac
	for switch in "${BARE[@]}"; do
		[[ "${switch%%=*}" == "$on" ]] || echo "$switch"
	done
}

# One gateway JVM per variant, all started at once on ports from GATEWAY_PORT up, then measured
# in turns: the machine's load changes over a run, and turns spread that over every variant.
declare -A PORT_OF PID_OF
port="$GATEWAY_PORT"
for variant in $VARIANTS; do
	switches_of "$variant" > /dev/null # rejects an unknown variant before anything starts
	extra=()
	if [[ "$variant" == "${JFR_VARIANT:-all}" && "${JFR:-}" == 1 ]]; then
		extra=(-XX:StartFlightRecording=filename=$WORK/gateway-$variant.jfr,settings=profile,dumponexit=true)
	fi
	if [[ -n "$PROFILER" && "$variant" == "$PROFILE_VARIANT" ]]; then
		# one file of samples every 5 s, named by its start; the report reads those of measured turns
		extra+=("-agentpath:$PROFILER=start,event=itimer,interval=1ms,loop=5s,file=$WORK/profile-%t.collapsed,collapsed")
	fi
	case "$variant" in
	all-nio) extra+=(-Dreactor.netty.native=false) ;;
	all-parallel-gc) extra+=(-XX:+UseParallelGC) ;;
	esac
	# The rate limit is set so high that it never refuses; access logs go to a file as in
	# production.
	env $(switches_of "$variant") PORT="$port" REDIS_PORT="$REDIS_PORT" \
		PRODUCT_SERVICE_URLS="http://127.0.0.1:$BACKEND_PORT" \
		RATE_LIMIT_REQUESTS=100000000 RATE_LIMIT_BURST=100000000 RATE_LIMIT_WINDOW=1s \
		LOG_LEVEL=info LOG_FORMAT=json \
		java $JVM_OPTS "${extra[@]}" -jar "$([[ "$variant" == before ]] && echo "$BEFORE_JAR" || echo "$jar")" > "$WORK/gateway-$variant.log" 2>&1 &
	PIDS+=($!)
	PID_OF[$variant]=$!
	PORT_OF[$variant]="$port"
	port=$((port + 1))
done
# several JVMs starting at once on a busy machine take minutes
for variant in $VARIANTS; do
	wait_for "http://127.0.0.1:${PORT_OF[$variant]}/api/products" 1200 "${PID_OF[$variant]}" "$WORK/gateway-$variant.log"
done

CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { # pid -> user + system CPU ticks of that process so far
	awk '{print $14 + $15}' "/proc/$1/stat"
}
run_wrk() { # name url duration [pid] -> prints "rps p50_ms p99_ms load1 cpu_us_per_request" (- without a pid)
	local out before=""
	[[ -n "${4:-}" ]] && before="$(cpu_ticks "$4")"
	out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "$2")"
	echo "$out" > "$WORK/wrk-$1.txt"
	local rps p50 p99 requests cpu=-
	rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
	p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
	p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
	requests="$(awk '/requests in/ {print $1}' <<<"$out")"
	if [[ -n "$before" ]]; then
		cpu="$(awk -v t="$(( $(cpu_ticks "$4") - before ))" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')"
	fi
	if grep -q "Non-2xx" <<<"$out"; then
		echo "$1: wrk saw non-2xx responses, see $WORK/wrk-$1.txt" >&2
		exit 1
	fi
	echo "$rps $(to_ms "$p50") $(to_ms "$p99") $(cut -d' ' -f1 /proc/loadavg) $cpu"
}
to_ms() { # wrk prints 812.00us, 1.20ms or 1.02s
	awk -v v="$1" 'BEGIN {
		if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
		else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
		else { sub(/s$/, "", v); printf "%.3f", v * 1000 }
	}'
}

ROUNDS="${ROUNDS:-4}"
# A gateway JVM's C2 compiler spends about 35 s of CPU under this load before its code is
# steady (measured: 1,750 req/s after 25 s of load, 6,900 after 60 s, the same bare gateway), so
# a fixed short warm-up measured the JIT, not the gateway. Each gateway is loaded in steps of
# WARMUP until two steps in a row agree within WARMUP_TOLERANCE percent and its JIT compiler
# threads spent at most WARMUP_JIT of each step's time compiling, or for WARMUP_MAX. Req/s
# alone was not enough: with several JVMs starting at once, two cold steps agreed at a fifth of
# the warm rate and the JIT went on compiling in the measured turns.
WARMUP_JIT="${WARMUP_JIT:-0.05}"
jit_ticks() { # pid -> CPU ticks of that JVM's C1 and C2 compiler threads so far
	local total=0 task
	for task in /proc/"$1"/task/*; do
		case "$(cat "$task/comm" 2>/dev/null)" in
		C1\ Compiler* | C2\ Compiler*) total=$((total + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
		esac
	done
	echo "$total"
}
echo "warming up each gateway: steps of $WARMUP until two agree within ${WARMUP_TOLERANCE}% with the JIT compiling at most ${WARMUP_JIT} s/s (at most ${WARMUP_MAX}s) ..."
for variant in $VARIANTS; do
	previous=0 started=$SECONDS steps=0
	while :; do
		jit_before="$(jit_ticks "${PID_OF[$variant]}")" step_started="$(date +%s.%N)"
		rps="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:${PORT_OF[$variant]}/api/products" | awk '/^Requests\/sec:/ {printf "%d", $2}')"
		jit="$(awk -v t="$(( $(jit_ticks "${PID_OF[$variant]}") - jit_before ))" -v hz="$CLK_TCK" -v from="$step_started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.2f", t / hz / (to - from) }')"
		steps=$((steps + 1))
		if ((previous > 0)) && awk -v a="$rps" -v b="$previous" -v t="$WARMUP_TOLERANCE" -v jit="$jit" -v limit="$WARMUP_JIT" 'BEGIN { d = (a - b) / b * 100; exit !(d < t && d > -t && jit <= limit) }'; then
			break
		fi
		((SECONDS - started < WARMUP_MAX)) || { echo "  $variant: not steady after ${WARMUP_MAX}s (last $rps req/s, JIT $jit s/s)"; break; }
		previous="$rps"
	done
	echo "  $variant: $steps steps, $((SECONDS - started)) s, last $rps req/s, JIT $jit s/s"
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT/api/products" > /dev/null

echo "measuring: $ROUNDS turns of wrk -t$THREADS -c$CONNECTIONS -d$DURATION per target, one target after another"
echo "load before: $(uptime)"
declare -A URL_OF=([direct]="http://127.0.0.1:$BACKEND_PORT/products" [nginx]="http://127.0.0.1:$NGINX_PORT/api/products")
for variant in $VARIANTS; do URL_OF[$variant]="http://127.0.0.1:${PORT_OF[$variant]}/api/products"; done
TURNS="$WORK/turns.txt"
: > "$TURNS"
# Every other round runs the targets in reverse: the machine's speed drifts within a round
# (measured: each of 11 targets slower in the third round than in the first, by up to 19%), and
# a fixed order charged that drift to the targets measured last, "all" among them.
ORDER="direct nginx $VARIANTS"
REVERSED="$(tr ' ' '\n' <<<"$ORDER" | tac | tr '\n' ' ')"
for round in $(seq 1 "$ROUNDS"); do
	targets="$ORDER"
	((round % 2 == 0)) && targets="$REVERSED"
	for target in $targets; do
		turn_started="$(date +%s)"
		line="$target $(run_wrk "$target-$round" "${URL_OF[$target]}" "$DURATION" "${PID_OF[$target]:-}")"
		if [[ -n "$PROFILER" && "$target" == "$PROFILE_VARIANT" ]]; then
			echo "$turn_started $(date +%s)" >> "$WORK/profile-turns.txt"
		fi
		echo "  turn $round: $line"
		echo "$line" >> "$TURNS"
	done
done

report="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ).txt"
{
	echo "gateway benchmark $(date -u +%FT%TZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS, $ROUNDS turns of $DURATION, gateway JVM: $JVM_OPTS"
	echo "load after: $(uptime)"
	echo "figures: mean over $ROUNDS turns of req/s, p50, p99, the 1-minute load average and the gateway JVM's CPU per request"
	awk -v order="direct nginx $VARIANTS" '
		{ n[$1]++; rps[$1] += $2; p50[$1] += $3; p99[$1] += $4; load[$1] += $5; if ($6 != "-") cpu[$1] += $6 }
		END {
			NR = split(order, name, " ")
			for (t in n) { rps[t] /= n[t]; p50[t] /= n[t]; p99[t] /= n[t]; load[t] = sprintf("%.1f", load[t] / n[t]); if (t in cpu) cpu[t] /= n[t] }
			printf "%-13s %9s %8s %8s %6s %8s %8s %9s %10s %7s %9s\n", "target", "req/s", "p50 ms", "p99 ms", "load1", "x bare", "x nginx", "cost", "p99-nginx", "cpu us", "cpu cost"
			for (i = 1; i <= NR; i++) {
				t = name[i]
				xb = ("bare" in rps) ? sprintf("%.2f", rps[t] / rps["bare"]) : "-"
				cost = ("bare" in rps && t != "direct" && t != "nginx" && t != "bare") ? sprintf("%+.0f%%", (rps["bare"] / rps[t] - 1) * 100) : ""
				us = (t in cpu) ? sprintf("%.0f", cpu[t]) : "-"
				cpucost = ((t in cpu) && ("bare" in cpu) && t != "bare") ? sprintf("%+.0f", cpu[t] - cpu["bare"]) : ""
				printf "%-13s %9.0f %8.3f %8.3f %6s %8s %8.2f %9s %+10.3f %7s %9s\n", (t ~ /^(direct|nginx|bare|all|all-.*|before)$/) ? t : "+" t, rps[t], p50[t], p99[t], load[t], xb, rps[t] / rps["nginx"], cost, p99[t] - p99["nginx"], us, cpucost
			}
			print "cost: extra time per request over bare (bare req/s / variant req/s - 1)"
			print "cpu us: the gateway JVM'"'"'s CPU per request (user + system, every thread); cpu cost: microseconds over bare"
			if ("all" in cpu && "bare" in cpu) {
				printf "all/bare  CPU per request %.2f (%.0f vs %.0f us)\n", cpu["all"] / cpu["bare"], cpu["all"], cpu["bare"]
			}
			if ("all" in rps && "bare" in rps) {
				printf "all/bare  throughput %.2f (target >= 0.80: %s)\n", rps["all"] / rps["bare"], (rps["all"] / rps["bare"] >= 0.8 ? "met" : "NOT met")
			}
			if ("all" in rps) {
				printf "all/nginx throughput %.2f (target >= 0.30: %s; goal 0.90)\n", rps["all"] / rps["nginx"], (rps["all"] / rps["nginx"] >= 0.3 ? "met" : "NOT met")
				printf "all-nginx p99 %+.3f ms (target <= +5 ms: %s)\n", p99["all"] - p99["nginx"], (p99["all"] - p99["nginx"] <= 5 ? "met" : "NOT met")
			}
		}' "$TURNS"
} | tee "$report"
echo "saved to ${report#"$ROOT"/}"
[[ "${JFR:-}" == 1 ]] && echo "profile of the ${JFR_VARIANT:-all} variant: ${WORK#"$ROOT"/}/gateway-${JFR_VARIANT:-all}.jfr (jfr print --events jdk.ExecutionSample ...)"
if [[ -n "$PROFILER" ]]; then
	# the 5 s files (named by their start, local time) that overlap a measured turn of the
	# variant, summed stack by stack
	sleep 6
	for file in "$WORK"/profile-[0-9]*-[0-9]*.collapsed; do
		stamp="$(basename "$file" .collapsed)"
		stamp="${stamp#profile-}"
		started="$(date -d "${stamp:0:8} ${stamp:9:2}:${stamp:11:2}:${stamp:13:2}" +%s)"
		while read -r from to; do
			if ((started < to && started + 5 > from)); then
				cat "$file"
				break
			fi
		done < "$WORK/profile-turns.txt"
	done | awk '{ n = $NF; $NF = ""; sub(/ $/, ""); count[$0] += n } END { for (s in count) print s, count[s] }' > "$WORK/profile-$PROFILE_VARIANT.collapsed"
	echo "CPU samples of $PROFILE_VARIANT in its measured turns (its figures above include the profiler's own cost): ${WORK#"$ROOT"/}/profile-$PROFILE_VARIANT.collapsed (one stack per line, for a flame graph tool). Top frames by own samples:"
	awk '{ n = $NF; $NF = ""; k = split($0, frame, ";"); sub(/ $/, "", frame[k]); own[frame[k]] += n; total += n }
		END { for (f in own) printf "%6.1f%% %s\n", own[f] * 100 / total, f }' "$WORK/profile-$PROFILE_VARIANT.collapsed" | sort -rn | sed -n 1,15p
fi
exit 0
