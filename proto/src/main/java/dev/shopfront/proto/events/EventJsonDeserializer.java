package dev.shopfront.proto.events;

import com.google.protobuf.Message;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for every event of {@link EventCatalog}; the message type follows
 * the record's own {@code event_type}. Throws {@link MalformedEventException} on
 * unreadable records, which an error-handling deserializer turns into a dead letter.
 */
public class EventJsonDeserializer implements Deserializer<Message> {

	@Override
	public Message deserialize(String topic, byte[] data) {
		return (data != null) ? EventJson.read(data) : null;
	}

}
