package dev.shopfront.localstack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the named engines (once per test JVM, on free ports) before the test class runs
 * and publishes their coordinates as system properties under the services' environment
 * variable names (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME, REDIS_HOST,
 * REDIS_PORT, KAFKA_BOOTSTRAP_SERVERS), so {@code ${DB_PORT:5432}} in application.yml
 * resolves to the test engine. Use the default per-method test instance lifecycle: Spring
 * loads its context after this extension's beforeAll.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalStackExtension.class)
public @interface LocalEngines {

	Engine[] value();

}
