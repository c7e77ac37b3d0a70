package dev.shopfront.deployment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What rendered NetworkPolicies allow, as readable edges:
 * {@code "gateway -> product-service:8080/TCP"} for ingress on the receiving app and
 * egress on the calling app. Named ports are resolved through the receiving app's own
 * configuration; a rule without peers or ports shows as {@code *}, so an accidental
 * allow-all can never hide.
 */
public final class NetworkFlows {

	private NetworkFlows() {
	}

	/** Allowed ingress edges, "peer -> app:port/protocol". */
	public static Set<String> ingress(List<HasMetadata> objects) {
		Set<String> edges = new TreeSet<>();
		for (NetworkPolicy policy : policies(objects)) {
			String app = selected(policy);
			if (policy.getSpec().getIngress() == null) {
				continue;
			}
			policy.getSpec().getIngress().forEach((rule) -> {
				for (String peer : peers(rule.getFrom())) {
					for (String port : ports(rule.getPorts(), app)) {
						edges.add(peer + " -> " + app + ":" + port);
					}
				}
			});
		}
		return edges;
	}

	/** Allowed egress edges, "app -> peer:port/protocol". */
	public static Set<String> egress(List<HasMetadata> objects) {
		Set<String> edges = new TreeSet<>();
		for (NetworkPolicy policy : policies(objects)) {
			String app = selected(policy);
			if (policy.getSpec().getEgress() == null) {
				continue;
			}
			policy.getSpec().getEgress().forEach((rule) -> {
				for (String peer : peers(rule.getTo())) {
					for (String port : ports(rule.getPorts(), peer)) {
						edges.add(app + " -> " + peer + ":" + port);
					}
				}
			});
		}
		return edges;
	}

	public static List<NetworkPolicy> policies(List<HasMetadata> objects) {
		return objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast).toList();
	}

	private static String selected(NetworkPolicy policy) {
		Map<String, String> labels = policy.getSpec().getPodSelector().getMatchLabels();
		if (labels == null || labels.isEmpty()) {
			return "*";
		}
		return labels.getOrDefault("app.kubernetes.io/component", "pods" + labels);
	}

	private static List<String> peers(List<NetworkPolicyPeer> peers) {
		if (peers == null || peers.isEmpty()) {
			return List.of("*");
		}
		List<String> names = new ArrayList<>();
		for (NetworkPolicyPeer peer : peers) {
			if (peer.getIpBlock() != null) {
				names.add("cidr:" + peer.getIpBlock().getCidr());
				continue;
			}
			String name = "";
			if (peer.getNamespaceSelector() != null) {
				name = "ns:" + describe(peer.getNamespaceSelector(), "kubernetes.io/metadata.name");
			}
			if (peer.getPodSelector() != null) {
				Map<String, String> labels = labels(peer.getPodSelector());
				String pods = labels.containsKey("app.kubernetes.io/component")
						? labels.get("app.kubernetes.io/component") : labels.containsKey("app.kubernetes.io/name")
								? labels.get("app.kubernetes.io/name") : describe(peer.getPodSelector(), null);
				name = name.isEmpty() ? pods : name + "/" + pods;
			}
			names.add(name);
		}
		return names;
	}

	private static List<String> ports(List<NetworkPolicyPort> ports, String app) {
		if (ports == null || ports.isEmpty()) {
			return List.of("*");
		}
		List<String> names = new ArrayList<>();
		for (NetworkPolicyPort port : ports) {
			String protocol = (port.getProtocol() != null) ? port.getProtocol() : "TCP";
			names.add(number(port.getPort(), app) + "/" + protocol);
		}
		return names;
	}

	private static String number(IntOrString port, String app) {
		if (port == null) {
			return "*";
		}
		if (port.getIntVal() != null) {
			return port.getIntVal().toString();
		}
		if (!Application.NAMES.contains(app)) {
			return port.getStrVal();
		}
		Application application = Application.named(app);
		return switch (port.getStrVal()) {
			case "http" -> String.valueOf(application.httpPort());
			case "grpc" -> String.valueOf(application.grpcPort().orElseThrow());
			default -> port.getStrVal();
		};
	}

	private static Map<String, String> labels(LabelSelector selector) {
		return (selector.getMatchLabels() != null) ? selector.getMatchLabels() : Map.of();
	}

	private static String describe(LabelSelector selector, String key) {
		Map<String, String> labels = labels(selector);
		if (key != null && labels.size() == 1 && labels.containsKey(key)
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())) {
			return labels.get(key);
		}
		if (labels.isEmpty() && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())) {
			return "*";
		}
		StringBuilder text = new StringBuilder();
		labels.forEach((name, value) -> text.append(text.isEmpty() ? "" : ",").append(name).append('=').append(value));
		if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
			text.append(selector.getMatchExpressions());
		}
		return text.toString();
	}

}
