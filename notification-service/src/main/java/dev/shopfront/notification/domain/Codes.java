package dev.shopfront.notification.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lower-case spelling of the notification enums in JSON, SQL and query parameters.
 */
final class Codes {

	private Codes() {
	}

	static String of(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		for (E constant : type.getEnumConstants()) {
			if (of(constant).equals(value)) {
				return constant;
			}
		}
		throw new InvalidNotificationException("%s must be one of %s, was '%s'".formatted(field, list(type), value));
	}

	static <E extends Enum<E>> String list(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
	}

}
