package dev.shopfront.proto.events;

import com.google.protobuf.Message;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer for every event of {@link EventCatalog}, in the {@link EventJson}
 * form.
 */
public class EventJsonSerializer implements Serializer<Message> {

	@Override
	public byte[] serialize(String topic, Message event) {
		return (event != null) ? EventJson.write(event) : null;
	}

}
