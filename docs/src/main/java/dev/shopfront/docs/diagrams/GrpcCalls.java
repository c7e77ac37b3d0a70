package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.ProtoFile;

/**
 * The gRPC calls between apps: the app that serves a proto service is the one with a
 * class extending its generated {@code XImplBase}; a class of another app that imports
 * the {@code XGrpc} stub calls it, and the rpcs it calls are those whose names it
 * invokes. A stub no app serves is recorded as unresolved, not drawn.
 */
public final class GrpcCalls {

	/** One client class calling rpcs of another app. */
	public record Call(String app, String target, String javaClass, List<String> rpcs, String file, Source source) {

	}

	private final List<Call> calls = new ArrayList<>();

	private final List<String> protoFiles = new ArrayList<>();

	private final Map<String, Source> servers = new TreeMap<>();

	private final List<String> unresolved = new ArrayList<>();

	public GrpcCalls(Services services, ProtoContracts contracts) {
		Map<String, String> serving = new TreeMap<>();
		for (App app : services.apps()) {
			for (JavaType type : services.types(app)) {
				for (String supertype : type.supertypes()) {
					if (supertype.endsWith("ImplBase")) {
						String service = supertype.substring(0, supertype.length() - "ImplBase".length());
						serving.put(service, app.name());
						this.servers.put(service,
								new Source(type.file(), Source.lineOf(services.files().read(type.file()), supertype)));
					}
				}
			}
		}
		for (App app : services.apps()) {
			for (JavaType type : services.types(app)) {
				for (String imported : type.imports()) {
					String simple = imported.substring(imported.lastIndexOf('.') + 1);
					if (!simple.endsWith("Grpc") || simple.length() == 4) {
						continue;
					}
					String serviceName = simple.substring(0, simple.length() - 4);
					String target = serving.get(serviceName);
					if (target == null) {
						this.unresolved.add(type.file() + " imports " + simple + " that no app serves");
						continue;
					}
					if (target.equals(app.name())) {
						continue;
					}
					Optional<ProtoFile> proto = contracts.declaring(serviceName);
					List<String> rpcs = proto
						.map((file) -> file.services()
							.stream()
							.filter((service) -> service.name().equals(serviceName))
							.flatMap((service) -> service.rpcs().stream())
							.map(ProtoFile.Rpc::name)
							.filter((rpc) -> type.calledMethods().contains(lowerCamel(rpc)))
							.toList())
						.orElse(List.of());
					String text = services.files().read(type.file());
					this.calls.add(new Call(app.name(), target, type.name(), rpcs, type.file(),
							new Source(type.file(), Source.lineOf(text, imported))));
					proto.ifPresent((file) -> this.protoFiles.add(file.file()));
				}
			}
		}
	}

	public List<Call> calls() {
		return this.calls;
	}

	/** Where the app serving each proto service implements it. */
	public Map<String, Source> servers() {
		return this.servers;
	}

	public List<String> unresolved() {
		return this.unresolved;
	}

	public List<String> files() {
		List<String> files = new ArrayList<>(this.protoFiles);
		this.calls.forEach((call) -> files.add(call.file()));
		this.servers.values().forEach((source) -> files.add(source.file()));
		return files;
	}

	static String lowerCamel(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
