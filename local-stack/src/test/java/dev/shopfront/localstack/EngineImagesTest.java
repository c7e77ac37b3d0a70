package dev.shopfront.localstack;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * engine-images.properties against what runs without Docker. (deployment-tests holds it
 * against docker-compose.yml and the Helm chart.)
 */
class EngineImagesTest {

	private final EngineImages images = EngineImages.load();

	@Test
	void kafkaImageIsTheKafkaTheTestsAndTheServicesRun() {
		// kafka_2.13 (the embedded broker) and kafka-clients share Boot's kafka.version.
		assertThat(this.images.image(Engine.KAFKA)).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
	}

	@Test
	void everyEngineHasAnImageTestcontainersAccepts() {
		for (Engine engine : Engine.values()) {
			DockerImageName image = DockerImageName.parse(this.images.image(engine));
			image.assertValid();
			assertThat(image.getVersionPart()).as("%s is pinned to a version", engine).isNotEqualTo("latest");
			assertThat(this.images.tag(engine)).isEqualTo(image.getVersionPart());
		}
	}

}
