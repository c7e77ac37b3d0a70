# Shopfront developer workflow. Every target is a thin, documented wrapper around ./mvnw,
# so the Maven build stays the single source of truth (CI runs the same commands).

MVNW := ./mvnw -B

# `make run MEASURED=1`: every JVM with the full JIT and a fixed heap, for a run meant to be
# measured (bench/checkout); without it they start C1-only, which is quicker to start.
ifdef MEASURED
export SHOPFRONT_JVM_PROFILE := measured
endif

.PHONY: help proto build test lint run engines docs traces docs-lifecycle format clean clean-data

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

proto: ## Generate the Java stubs from the .proto contracts
	$(MVNW) -q -pl proto generate-sources

build: ## Compile and package every module without running tests
	$(MVNW) -q install -DskipTests

test: ## The README test command: format check, unit, integration and docs drift tests
	$(MVNW) verify

run: build ## Run the whole system without Docker: engines + services on their spec ports (MEASURED=1: JVMs tuned for throughput)
	local-stack/run-system.sh

engines: ## Only start PostgreSQL, MariaDB, Redis and Kafka on 5432, 3306, 6379, 9092
	$(MVNW) -q -pl local-stack exec:java -Dexec.mainClass=dev.shopfront.localstack.LocalStackLauncher

docs: ## Regenerate the architecture pages under docs/architecture/ from the code and configs, and the SVG of each changed diagram
	$(MVNW) -q -pl docs compile exec:java

traces: build ## Run the system-test scenarios, copy the spans they recorded to docs/traces/ and regenerate the pages that draw them
	$(MVNW) -pl system-tests verify -Dtest='CheckoutTest,FaultsTest' -Dsurefire.failIfNoSpecifiedTests=false
	rm -f docs/traces/*.json && mkdir -p docs/traces && cp system-tests/target/traces/*.json docs/traces/
	$(MAKE) docs

docs-lifecycle: ## Rebuild .mvn/lib/docs-lifecycle.jar (the generate phase of ./mvnw -pl docs generate) from .mvn/docs-lifecycle/
	.mvn/docs-lifecycle/build.sh "$$(./mvnw --version | sed -n 's/^Maven home: //p')"

lint: ## Check formatting without changing files
	$(MVNW) -q spring-javaformat:validate

format: ## Apply the formatter the build checks
	$(MVNW) -q spring-javaformat:apply

clean: ## Remove build output
	$(MVNW) -q clean

clean-data: ## Wipe the data the local engines keep between runs
	rm -rf .local-stack
