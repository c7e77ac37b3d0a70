package dev.shopfront.docs.source;

import java.util.List;

/**
 * What a {@code .proto} file declares.
 *
 * @param file repository-relative path
 * @param packageName the proto package, e.g. {@code shopfront.product.v1}
 * @param services its services
 * @param messages its messages with their leading comments
 */
public record ProtoFile(String file, String packageName, List<Service> services, List<Message> messages) {

	public record Service(String name, List<Rpc> rpcs) {

		public String fullName(String packageName) {
			return packageName + "." + this.name;
		}

	}

	public record Rpc(String name, String request, String response) {

	}

	/** A message, its field names in order, and the comment written just above it. */
	public record Message(String name, List<String> fields, String comment) {

	}

}
