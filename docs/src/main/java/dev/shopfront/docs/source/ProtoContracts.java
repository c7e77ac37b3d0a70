package dev.shopfront.docs.source;

import java.util.List;
import java.util.Optional;

/**
 * Every {@code .proto} file of the repository (tests excluded), parsed once.
 */
public final class ProtoContracts {

	private final List<ProtoFile> files;

	public ProtoContracts(RepositoryFiles repository) {
		ProtoReader reader = new ProtoReader();
		this.files = repository.list("", ".proto")
			.stream()
			.filter((file) -> !file.contains("src/test/"))
			.map((file) -> reader.read(file, repository.read(file)))
			.toList();
	}

	public List<ProtoFile> files() {
		return this.files;
	}

	/** The proto file declaring the gRPC service named e.g. {@code ProductService}. */
	public Optional<ProtoFile> declaring(String serviceName) {
		return this.files.stream()
			.filter((file) -> file.services().stream().anyMatch((service) -> service.name().equals(serviceName)))
			.findFirst();
	}

	/**
	 * The proto file whose package names the service, e.g. {@code shopfront.basket.v1}
	 * for basket-service.
	 */
	public Optional<ProtoFile> ofApp(String appName) {
		String word = appName.replace("-service", "");
		return this.files.stream()
			.filter((file) -> !file.services().isEmpty())
			.filter((file) -> List.of(file.packageName().split("\\.")).contains(word))
			.findFirst();
	}

}
