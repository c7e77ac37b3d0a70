package dev.shopfront.proto.events;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

/**
 * The one JSON form of events on Kafka: protobuf's JSON mapping with the proto field
 * names (snake_case), so a person can read a topic. The message type is chosen by the
 * event's own {@code event_type}.
 */
public final class EventJson {

	private static final JsonFormat.Printer PRINTER = JsonFormat.printer()
		.preservingProtoFieldNames()
		.omittingInsignificantWhitespace();

	private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

	private EventJson() {
	}

	public static byte[] write(Message event) {
		EventCatalog.of(event);
		try {
			return PRINTER.print(event).getBytes(StandardCharsets.UTF_8);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalArgumentException("Cannot write event as JSON: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads an event of any known type.
	 * @throws MalformedEventException if the bytes are not JSON, carry no known
	 * event_type or do not fit that event's message
	 */
	public static Message read(byte[] json) {
		String text = new String(json, StandardCharsets.UTF_8);
		EventCatalog entry = EventCatalog.forType(eventType(text))
			.orElseThrow(() -> new MalformedEventException("Unknown or missing event_type in " + abbreviate(text)));
		Message.Builder builder = entry.prototype().newBuilderForType();
		try {
			PARSER.merge(text, builder);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException(
					"Event %s does not fit %s: %s".formatted(entry.type(), entry.name(), ex.getMessage()), ex);
		}
		return builder.build();
	}

	private static String eventType(String text) {
		try {
			JsonElement root = JsonParser.parseString(text);
			if (!root.isJsonObject()) {
				throw new MalformedEventException("Event is not a JSON object: " + abbreviate(text));
			}
			JsonObject object = root.getAsJsonObject();
			JsonElement type = object.get("event_type");
			return (type != null && type.isJsonPrimitive()) ? type.getAsString() : "";
		}
		catch (JsonParseException ex) {
			throw new MalformedEventException("Event is not valid JSON: " + abbreviate(text), ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 200) + "...";
	}

}
