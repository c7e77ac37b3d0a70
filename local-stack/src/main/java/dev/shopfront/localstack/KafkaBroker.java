package dev.shopfront.localstack;

/**
 * A Kafka broker, embedded or in a container: what tests need beyond the environment.
 */
public interface KafkaBroker extends EmbeddedEngine {

	/** host:port for Kafka clients on this machine. */
	String bootstrapServers();

}
