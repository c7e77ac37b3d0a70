package dev.shopfront.testsupport.hostile;

import java.math.BigDecimal;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Values a schema accepts (its example, first enum value, a string matching its pattern,
 * its minimum), so that a request varies one hostile value at a time while the rest of it
 * stays valid: otherwise a 400 for a neighbouring field would hide what the hostile value
 * does.
 */
final class SampleValues {

	private final ApiDescription api;

	private final Random random = new Random(14);

	SampleValues(ApiDescription api) {
		this.api = api;
	}

	/** A value as it is written in a path or query string, unencoded. */
	String text(Schema<?> schema) {
		if (schema == null) {
			return "1";
		}
		if (schema.getExample() != null) {
			return String.valueOf(schema.getExample());
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return String.valueOf(schema.getEnum().get(0));
		}
		return switch (ApiDescription.typeOf(schema)) {
			case "integer", "number" -> number(schema).toPlainString();
			case "boolean" -> "true";
			default -> string(schema);
		};
	}

	/** A value as a JSON fragment. */
	String json(Schema<?> schema, int depth) {
		String type = ApiDescription.typeOf(schema);
		if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return quoted(String.valueOf(schema.getEnum().get(0)));
		}
		return switch (type) {
			case "integer", "number" -> number(schema).toPlainString();
			case "boolean" -> "true";
			case "array" -> (depth > 3) ? "[]" : "[" + json(this.api.resolve(schema.getItems()), depth + 1) + "]";
			case "object" -> object(schema, depth);
			default -> quoted(string(schema));
		};
	}

	private String object(Schema<?> schema, int depth) {
		if (depth > 3) {
			return "{}";
		}
		StringJoiner fields = new StringJoiner(",", "{", "}");
		this.api.properties(schema)
			.forEach((name, property) -> fields.add(quoted(name) + ":" + json(property, depth + 1)));
		if (schema != null && schema.getProperties() == null && schema.getAdditionalProperties() instanceof Schema) {
			fields.add("\"probe\":\"probe\"");
		}
		return fields.toString();
	}

	private BigDecimal number(Schema<?> schema) {
		if (schema.getMinimum() != null && schema.getMinimum().signum() > 0) {
			return schema.getMinimum();
		}
		if (schema.getExclusiveMinimumValue() != null) {
			return schema.getExclusiveMinimumValue().add(BigDecimal.ONE);
		}
		return BigDecimal.ONE;
	}

	private String string(Schema<?> schema) {
		if ("uuid".equals(schema.getFormat())) {
			return new UUID(this.random.nextLong(), this.random.nextLong()).toString();
		}
		if (schema.getPattern() != null) {
			return RgxGen.parse(schema.getPattern()).generate(this.random);
		}
		int length = (schema.getMinLength() != null) ? Math.max(schema.getMinLength(), 5) : 5;
		if (schema.getMaxLength() != null) {
			length = Math.min(length, schema.getMaxLength());
		}
		return "probe-hostile-input".substring(0, Math.min(length, 19));
	}

	static String quoted(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append("\\u%04x".formatted((int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
