#!/usr/bin/env bash
# Gateway overhead benchmark: one backend, measured in the same run
#   1. direct      wrk -> backend
#   2. gateway     wrk -> Shopfront gateway (every filter on, Redis rate limit set high) -> backend
#   3. nginx       wrk -> nginx as a plain reverse proxy -> backend
# and prints requests/s, p50 and p99 of each, with the ratios gateway/direct and gateway/nginx.
# Target (issue 5): gateway >= 0.9 x nginx throughput, p99 within 2 ms of nginx.
#
# The backend is nginx serving a fixed JSON body at the path the product route forwards to, so
# the figures measure the proxies, not a database. Everything shares this machine's cores with
# wrk: compare the ratios, not the absolute numbers, between machines.
#
# Needs: wrk, nginx, redis-server (Debian: apt-get install -y wrk nginx-light redis-server),
# and a built gateway jar (built here when missing).
#
# Usage: bench/gateway/run.sh   (DURATION=20s WARMUP=20s CONNECTIONS=32 THREADS=2 GATEWAY_JAR=... to change)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-20s}"
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

# All filters stay on; the rate limit is set so high that it never refuses (every request still
# costs the Redis token-bucket call); access logs go to a file as in production.
PORT="$GATEWAY_PORT" REDIS_PORT="$REDIS_PORT" \
	PRODUCT_SERVICE_URLS="http://127.0.0.1:$BACKEND_PORT" \
	RATE_LIMIT_REQUESTS=100000000 RATE_LIMIT_BURST=100000000 RATE_LIMIT_WINDOW=1s \
	LOG_LEVEL=info LOG_FORMAT=json \
	java ${GATEWAY_JAVA_OPTS:--XX:+UseParallelGC -Xms256m -Xmx256m} -jar "$jar" > "$WORK/gateway.log" 2>&1 &
PIDS+=($!)

wait_for() {
	for _ in $(seq 1 120); do
		curl -fs -o /dev/null "$1" && return 0
		sleep 0.5
	done
	echo "not ready: $1 (logs in $WORK)" >&2
	exit 1
}
wait_for "http://127.0.0.1:$BACKEND_PORT/products"
wait_for "http://127.0.0.1:$NGINX_PORT/api/products"
wait_for "http://127.0.0.1:$GATEWAY_PORT/api/products"

run_wrk() { # name url duration -> prints "rps p50_ms p99_ms"
	local out
	out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "$2")"
	echo "$out" > "$WORK/wrk-$1.txt"
	local rps p50 p99
	rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
	p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
	p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
	if grep -q "Non-2xx" <<<"$out"; then
		echo "$1: wrk saw non-2xx responses, see $WORK/wrk-$1.txt" >&2
		exit 1
	fi
	echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { # wrk prints 812.00us, 1.20ms or 1.02s
	awk -v v="$1" 'BEGIN {
		if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
		else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
		else { sub(/s$/, "", v); printf "%.3f", v * 1000 }
	}'
}

echo "warming up the gateway's JIT for $WARMUP ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$GATEWAY_PORT/api/products" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT/api/products" > /dev/null

echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, one target after another"
read -r direct_rps direct_p50 direct_p99 <<<"$(run_wrk direct "http://127.0.0.1:$BACKEND_PORT/products" "$DURATION")"
read -r nginx_rps nginx_p50 nginx_p99 <<<"$(run_wrk nginx "http://127.0.0.1:$NGINX_PORT/api/products" "$DURATION")"
read -r gateway_rps gateway_p50 gateway_p99 <<<"$(run_wrk gateway "http://127.0.0.1:$GATEWAY_PORT/api/products" "$DURATION")"

report="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ).txt"
{
	echo "gateway benchmark $(date -u +%FT%TZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
	printf '%-8s %12s %10s %10s\n' target "req/s" "p50 ms" "p99 ms"
	printf '%-8s %12.0f %10.3f %10.3f\n' direct "$direct_rps" "$direct_p50" "$direct_p99"
	printf '%-8s %12.0f %10.3f %10.3f\n' nginx "$nginx_rps" "$nginx_p50" "$nginx_p99"
	printf '%-8s %12.0f %10.3f %10.3f\n' gateway "$gateway_rps" "$gateway_p50" "$gateway_p99"
	awk -v g="$gateway_rps" -v d="$direct_rps" -v n="$nginx_rps" -v gp="$gateway_p99" -v np="$nginx_p99" 'BEGIN {
		printf "gateway/direct throughput %.2f\n", g / d
		printf "gateway/nginx  throughput %.2f (target >= 0.90: %s)\n", g / n, (g / n >= 0.9 ? "met" : "NOT met")
		printf "gateway-nginx  p99 %+.3f ms (target <= +2 ms: %s)\n", gp - np, (gp - np <= 2 ? "met" : "NOT met")
	}'
} | tee "$report"
echo "saved to ${report#"$ROOT"/}"
