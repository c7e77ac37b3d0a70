package dev.shopfront.platform.core.logging;

import java.lang.reflect.Constructor;
import java.nio.charset.Charset;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.ContextPairs;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Boot's Elastic Common Schema lines, byte for byte, encoded from a string. Boot
 * 4.0 encodes each structured line through an {@code OutputStreamWriter}, one character
 * at a time (spring-boot#49428, changed in 4.1): in the gateway's profile under load that
 * was three quarters of the access log's CPU, about 18 us per line. Formatting to a
 * string and encoding it once is what Boot's own {@code format} does.
 * <p>
 * Boot's formatter is package-private, so it is made here through its constructor, with
 * the parameters Boot hands a custom formatter ({@code logging.structured.format.console}
 * names this class). {@code EcsLogFormatterTest} checks the lines match Boot's
 * {@code ecs}; with Boot 4.1 this class can go.
 */
public class EcsLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

	/** The value of {@code logging.structured.format.console} that selects it. */
	public static final String FORMAT = EcsLogFormatter.class.getName();

	private static final String BOOT_FORMATTER = "org.springframework.boot.logging.logback.ElasticCommonSchemaStructuredLogFormatter";

	private final StructuredLogFormatter<ILoggingEvent> ecs;

	public EcsLogFormatter(Environment environment, StackTracePrinter stackTracePrinter, ContextPairs contextPairs,
			ThrowableProxyConverter throwableProxyConverter,
			StructuredLoggingJsonMembersCustomizer.Builder<?> customizerBuilder) {
		this.ecs = bootFormatter(environment, stackTracePrinter, contextPairs, throwableProxyConverter,
				customizerBuilder);
	}

	@Override
	public String format(ILoggingEvent event) {
		return this.ecs.format(event);
	}

	@Override
	public byte[] formatAsBytes(ILoggingEvent event, Charset charset) {
		return this.ecs.format(event).getBytes(charset);
	}

	@SuppressWarnings("unchecked")
	private static StructuredLogFormatter<ILoggingEvent> bootFormatter(Object... parameters) {
		try {
			Constructor<?> constructor = Class.forName(BOOT_FORMATTER, false, EcsLogFormatter.class.getClassLoader())
				.getDeclaredConstructor(Environment.class, StackTracePrinter.class, ContextPairs.class,
						ThrowableProxyConverter.class, StructuredLoggingJsonMembersCustomizer.Builder.class);
			ReflectionUtils.makeAccessible(constructor);
			return (StructuredLogFormatter<ILoggingEvent>) constructor.newInstance(parameters);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(
					"Spring Boot's ECS formatter is not where " + EcsLogFormatter.class.getName() + " expects it ("
							+ BOOT_FORMATTER + "); drop the class and use logging.structured.format.console=ecs",
					ex);
		}
	}

}
