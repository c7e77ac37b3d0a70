package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.ProtoFile;

/**
 * The gRPC calls between apps: a class of one app that imports another app's
 * {@code *ServiceGrpc} stub, and the rpcs of that service it calls by name.
 */
public final class GrpcCalls {

	/** One client class calling rpcs of another app. */
	public record Call(String app, String target, String javaClass, List<String> rpcs, String file) {

	}

	private final List<Call> calls = new ArrayList<>();

	private final List<String> protoFiles = new ArrayList<>();

	public GrpcCalls(Services services, ProtoContracts contracts) {
		for (AppDeclaration app : services.apps()) {
			String own = app.name().replace("-service", "");
			for (JavaType type : services.types(app.module())) {
				for (String imported : type.imports()) {
					String[] parts = imported.split("\\.");
					if (!imported.startsWith("dev.shopfront.proto.") || parts.length < 5
							|| !parts[parts.length - 1].endsWith("Grpc") || parts[3].equals(own)) {
						continue;
					}
					String serviceName = parts[parts.length - 1].replace("Grpc", "");
					Optional<ProtoFile> proto = contracts.declaring(serviceName);
					Optional<AppDeclaration> target = services.apps()
						.stream()
						.filter((candidate) -> candidate.name().equals(parts[3] + "-service"))
						.findFirst();
					if (proto.isEmpty() || target.isEmpty()) {
						continue;
					}
					List<String> rpcs = proto.get()
						.services()
						.stream()
						.flatMap((service) -> service.rpcs().stream())
						.map(ProtoFile.Rpc::name)
						.filter((rpc) -> type.calledMethods().contains(lowerCamel(rpc)))
						.toList();
					this.calls.add(new Call(app.name(), target.get().name(), type.name(), rpcs, type.file()));
					this.protoFiles.add(proto.get().file());
				}
			}
		}
	}

	public List<Call> calls() {
		return this.calls;
	}

	public List<String> files() {
		List<String> files = new ArrayList<>(this.protoFiles);
		this.calls.forEach((call) -> files.add(call.file()));
		return files;
	}

	static String lowerCamel(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
