#!/usr/bin/env bash
# Builds .mvn/lib/docs-lifecycle.jar from src/ with the JDK alone, against the Maven the wrapper
# runs (its lib/ holds maven-core and javax.inject): the jar cannot come from a Maven build, since
# Maven loads it before it reads any POM. Same JDK, same bytes (DocsLifecycleJarTest).
set -euo pipefail
cd "$(dirname "$0")"
maven_home="${1:?usage: build.sh MAVEN_HOME}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
javac --release 8 -nowarn -Xlint:-options -cp "$maven_home/lib/*" -d "$work/classes" \
  src/dev/shopfront/docs/lifecycle/DocsLifecycle.java
cp -r src/META-INF "$work/classes/"
cp src/dev/shopfront/docs/lifecycle/DocsLifecycle.java "$work/classes/dev/shopfront/docs/lifecycle/"
rm -f ../lib/docs-lifecycle.jar
mkdir -p ../lib
(cd "$work/classes" && jar --create --file "$OLDPWD/../lib/docs-lifecycle.jar" --date=2026-01-01T00:00:00Z --no-manifest .)
