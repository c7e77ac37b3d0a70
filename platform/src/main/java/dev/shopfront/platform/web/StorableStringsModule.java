package dev.shopfront.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a request body is read, every JSON string (field value, array element or
 * map key) that the databases cannot store as sent, so that no service passes a NUL on to
 * PostgreSQL (a 500) or a lone surrogate on to a driver (silently replaced). The body is
 * then unreadable and answered 400 naming the field.
 */
public class StorableStringsModule extends SimpleModule {

	public StorableStringsModule() {
		super("shopfront-storable-strings");
		addDeserializer(String.class, new StorableStringDeserializer());
		addKeyDeserializer(String.class, new StorableKeyDeserializer());
	}

	static String checked(JsonParser parser, String value) {
		if (value != null && !StorableText.isStorable(value)) {
			throw new UnstorableTextException(parser, value);
		}
		return value;
	}

	/** A string that cannot be stored; its path names the field. */
	static final class UnstorableTextException extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		UnstorableTextException(JsonParser parser, String value) {
			// The value itself is not kept in the message: it may be 100,000 characters
			// long.
			super(parser, "String " + StorableText.MESSAGE, null, String.class);
		}

	}

	static final class StorableStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return checked(parser, super.deserialize(parser, context));
		}

	}

	static final class StorableKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			return checked(context.getParser(), key);
		}

	}

}
