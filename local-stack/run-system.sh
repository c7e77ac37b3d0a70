#!/usr/bin/env bash
# Runs the whole system (what `make run` calls) in a session of its own. A terminal's Ctrl-C
# signals its whole foreground process group: without this, every engine and service would get
# it at once, and MariaDB could be gone while the payment service still drains. Here only this
# script sees it, and it asks the launcher to stop, which stops the gateway, the services and
# then the engines, in that order.
set -uo pipefail
cd "$(dirname "$0")/.."

# macOS has no setsid(1): there the launcher shares the terminal's group, and Ctrl-C reaches
# every process at once.
session=()
command -v setsid >/dev/null && session=(setsid)
${session[@]+"${session[@]}"} ./mvnw -B -q -pl local-stack exec:java \
	-Dexec.mainClass=dev.shopfront.localstack.system.SystemLauncher "$@" &
launcher=$!
trap 'kill -TERM "$launcher" 2>/dev/null' INT TERM

status=0
# wait returns early when a trapped signal arrives; keep waiting until the launcher has stopped.
while kill -0 "$launcher" 2>/dev/null; do
	wait "$launcher"
	status=$?
done
exit "$status"
