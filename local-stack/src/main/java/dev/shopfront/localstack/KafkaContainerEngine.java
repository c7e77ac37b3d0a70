package dev.shopfront.localstack;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The official {@code apache/kafka} image in KRaft mode (one node, broker and
 * controller), set like the embedded broker: three partitions per new topic, no rebalance
 * delay.
 */
public class KafkaContainerEngine extends ContainerEngine<KafkaContainer> implements KafkaBroker {

	public KafkaContainerEngine(String image) {
		super(Engine.KAFKA, image);
	}

	@Override
	protected KafkaContainer create(DockerImageName image) {
		return new KafkaContainer(image).withEnv("KAFKA_NUM_PARTITIONS", "3")
			.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
			.withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
	}

	@Override
	protected boolean answers() {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000);
		try (Admin admin = Admin.create(config)) {
			admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception notYet) {
			return false;
		}
	}

	@Override
	public String bootstrapServers() {
		return host() + ":" + port();
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
	}

}
