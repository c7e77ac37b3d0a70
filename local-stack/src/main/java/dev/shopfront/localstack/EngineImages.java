package dev.shopfront.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The official image of each engine, read from {@code engine-images.properties} beside
 * this class: the one place that names them, which docker-compose.yml and the Helm chart
 * are checked against.
 */
public final class EngineImages {

	static final String RESOURCE = "engine-images.properties";

	private final Properties properties;

	private EngineImages(Properties properties) {
		this.properties = properties;
	}

	public static EngineImages load() {
		try (InputStream in = EngineImages.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			Properties properties = new Properties();
			properties.load(in);
			return new EngineImages(properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The official image, e.g. {@code apache/kafka:4.1.2}. */
	public String image(Engine engine) {
		String key = engine.name().toLowerCase() + ".image";
		String image = this.properties.getProperty(key);
		if (image == null || image.isBlank()) {
			throw new IllegalStateException(RESOURCE + " names no " + key);
		}
		return image.trim();
	}

	/** The tag of {@link #image(Engine)}, e.g. {@code 4.1.2}. */
	public String tag(Engine engine) {
		String image = image(engine);
		return image.substring(image.lastIndexOf(':') + 1);
	}

}
