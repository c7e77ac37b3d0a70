package dev.shopfront.docs.model;

import java.util.List;

/**
 * A person or external system the context view shows, from {@code docs/architecture.yml}.
 *
 * @param name its name
 * @param description one line
 * @param person whether it is a person rather than a system
 * @param uses the app it calls, "" for the gateway (or the system as a whole)
 * @param sources the configuration lines
 */
public record Actor(String name, String description, boolean person, String uses, List<Source> sources) {

	public Actor {
		sources = List.copyOf(sources);
	}

}
