package dev.shopfront.platform.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Up when the broker answers a cluster description within the timeout; readiness depends
 * on it, since a service that cannot reach Kafka cannot keep its event promises.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator {

	private final KafkaAdmin kafkaAdmin;

	private final Duration timeout;

	private AdminClient client;

	public KafkaHealthIndicator(KafkaAdmin kafkaAdmin, Duration timeout) {
		super("Kafka health check failed");
		this.kafkaAdmin = kafkaAdmin;
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = client()
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("cluster_id", clusterId).withDetail("nodes", nodes);
	}

	private synchronized AdminClient client() {
		if (this.client == null) {
			this.client = AdminClient.create(this.kafkaAdmin.getConfigurationProperties());
		}
		return this.client;
	}

	public synchronized void close() {
		if (this.client != null) {
			this.client.close(Duration.ofSeconds(1));
			this.client = null;
		}
	}

}
