package dev.shopfront.localstack;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 side of {@link LocalEngines}.
 */
public class LocalStackExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		Set<Engine> engines = EnumSet.noneOf(Engine.class);
		AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LocalEngines.class)
			.ifPresent((annotation) -> engines.addAll(Set.of(annotation.value())));
		if (engines.contains(Engine.POSTGRES) && engines.contains(Engine.MARIADB)) {
			throw new ExtensionConfigurationException(
					"POSTGRES and MARIADB cannot both be requested: they publish the same DB_* variables");
		}
		for (Engine engine : engines) {
			LocalStack.shared().get(engine).environment().forEach(System::setProperty);
		}
	}

}
