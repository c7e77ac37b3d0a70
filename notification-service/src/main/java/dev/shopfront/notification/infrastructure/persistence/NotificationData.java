package dev.shopfront.notification.infrastructure.persistence;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notification's free-form data as the JSONB text PostgreSQL keeps.
 */
final class NotificationData {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JsonMapper json;

	NotificationData(JsonMapper json) {
		this.json = json;
	}

	String write(Map<String, Object> data) {
		return this.json.writeValueAsString(data);
	}

	Map<String, Object> read(String text) {
		try {
			return (text != null) ? this.json.readValue(text, MAP) : Map.of();
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("stored notification data is not a JSON object: " + ex.getMessage(), ex);
		}
	}

}
