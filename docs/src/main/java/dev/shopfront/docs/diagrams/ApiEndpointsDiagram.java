package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.HttpEndpoint;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.ProtoFile;

/**
 * A service's API: the REST endpoints of its controllers ({@code @*Mapping}, class and
 * method paths joined) and the rpcs of the gRPC service its proto package declares.
 */
public final class ApiEndpointsDiagram {

	private final Services services;

	private final ProtoContracts contracts;

	public ApiEndpointsDiagram(Services services, ProtoContracts contracts) {
		this.services = services;
		this.contracts = contracts;
	}

	public Diagram draw(String title, String app, String module) {
		List<String> sources = new ArrayList<>();
		StringBuilder out = new StringBuilder("flowchart LR\n");
		String serviceId = Mermaid.id("svc", app);
		out.append("  ").append(Mermaid.node(serviceId, app)).append('\n');
		List<JavaType> controllers = this.services.types(module)
			.stream()
			.filter((type) -> !type.endpoints().isEmpty())
			.toList();
		for (JavaType controller : controllers) {
			sources.add(controller.file());
			String groupId = Mermaid.id("rest", controller.name());
			out.append("  subgraph ")
				.append(groupId)
				.append(" [")
				.append(Mermaid.label("REST: " + controller.name()))
				.append("]\n");
			List<HttpEndpoint> endpoints = new ArrayList<>(controller.endpoints());
			endpoints.sort(Comparator.comparing(HttpEndpoint::path).thenComparing(HttpEndpoint::method));
			for (HttpEndpoint endpoint : endpoints) {
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("ep", controller.name(), endpoint.method(), endpoint.path()),
							endpoint.method() + " " + endpoint.path()))
					.append('\n');
			}
			out.append("  end\n");
			out.append("  ").append(serviceId).append(" --> ").append(groupId).append('\n');
		}
		this.contracts.ofApp(app).ifPresent((proto) -> {
			sources.add(proto.file());
			for (ProtoFile.Service service : proto.services()) {
				String groupId = Mermaid.id("grpc", service.name());
				out.append("  subgraph ")
					.append(groupId)
					.append(" [")
					.append(Mermaid.label("gRPC: " + service.fullName(proto.packageName())))
					.append("]\n");
				for (ProtoFile.Rpc rpc : service.rpcs()) {
					out.append("    ")
						.append(Mermaid.node(Mermaid.id("rpc", service.name(), rpc.name()),
								rpc.name() + "(" + rpc.request() + ") → " + rpc.response()))
						.append('\n');
				}
				out.append("  end\n");
				out.append("  ").append(serviceId).append(" --> ").append(groupId).append('\n');
			}
		});
		return Diagram.mermaid(title,
				"The REST endpoints declared by `@*Mapping` annotations and the rpcs of the service's `.proto` contract.",
				out.toString(), sources);
	}

}
