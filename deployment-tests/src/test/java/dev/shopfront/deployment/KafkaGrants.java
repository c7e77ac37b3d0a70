package dev.shopfront.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kafka ACLs that {@code kafka-acls.sh --add} lines grant, one string per principal,
 * operation and resource ({@code User:x Read topic:y}), so the chart's grants and those
 * for MSK can be compared, whichever way the lines are split.
 */
final class KafkaGrants {

	/** The spec's topics. */
	static final Set<String> SPEC_TOPICS = Set.of("payment-events", "stock-events", "basket-events");

	/** The user that creates topics and ACLs. */
	static final String ADMIN = "User:shopfront-admin";

	private KafkaGrants() {
	}

	/**
	 * The grants to the apps, without the administrator's (a super user in the chart).
	 */
	static Set<String> ofApps(Set<String> grants) {
		Set<String> apps = new TreeSet<>(grants);
		apps.removeIf((grant) -> grant.startsWith(ADMIN + " "));
		return apps;
	}

	static Set<String> parse(List<String> lines) {
		Set<String> grants = new TreeSet<>();
		for (String line : lines) {
			if (!line.contains("kafka-acls") || !line.contains("--add")) {
				continue;
			}
			String[] words = line.trim().split("\\s+");
			List<String> principals = new ArrayList<>();
			List<String> operations = new ArrayList<>();
			List<String> resources = new ArrayList<>();
			for (int i = 0; i < words.length; i++) {
				String next = (i + 1 < words.length) ? words[i + 1] : "";
				switch (words[i]) {
					case "--allow-principal" -> principals.add(next);
					case "--operation" -> operations.add(next);
					case "--topic" -> resources.add("topic:" + next);
					case "--group" -> resources.add("group:" + next);
					case "--cluster" -> resources.add("cluster");
					case "--resource-pattern-type" -> throw new AssertionError("prefixed or wildcard ACL: " + line);
					default -> {
					}
				}
			}
			if (principals.isEmpty() || operations.isEmpty() || resources.isEmpty()
					|| resources.stream().anyMatch((resource) -> resource.endsWith(":*"))) {
				throw new AssertionError("an ACL line that names no principal, operation or resource, or all: " + line);
			}
			for (String principal : principals) {
				for (String operation : operations) {
					for (String resource : resources) {
						grants.add(principal + " " + operation + " " + resource);
					}
				}
			}
		}
		return grants;
	}

}
