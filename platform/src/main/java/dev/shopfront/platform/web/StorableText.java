package dev.shopfront.platform.web;

import java.util.OptionalInt;

/**
 * Text the services' databases can store as it was sent: no NUL (PostgreSQL refuses it in
 * text columns) and no lone UTF-16 surrogate (it has no UTF-8 form, so a driver would
 * silently store a replacement character instead).
 */
public final class StorableText {

	/** What a refused value is told, after the name of its field. */
	public static final String MESSAGE = "contains a character that cannot be stored (NUL or an unpaired surrogate)";

	private StorableText() {
	}

	/** The index of the first character that cannot be stored, if any. */
	public static OptionalInt firstUnstorable(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return OptionalInt.of(i);
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return OptionalInt.of(i);
			}
			if (Character.isLowSurrogate(c)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	public static boolean isStorable(CharSequence text) {
		return text == null || firstUnstorable(text).isEmpty();
	}

}
