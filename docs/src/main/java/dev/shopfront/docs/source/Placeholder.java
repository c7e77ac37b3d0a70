package dev.shopfront.docs.source;

/**
 * A {@code ${VAR:default}} placeholder found in a configuration file.
 *
 * @param variable the environment variable name
 * @param defaultValue the default after the colon, empty when none
 * @param property the dotted configuration key whose value holds the placeholder
 * @param file the repository-relative file
 */
public record Placeholder(String variable, String defaultValue, String property, String file) {

	/**
	 * The key's parent, e.g. {@code spring.datasource} for {@code spring.datasource.url}:
	 * the settings one component reads together.
	 */
	public String group() {
		int dot = this.property.lastIndexOf('.');
		return (dot < 0) ? this.property : this.property.substring(0, dot);
	}

}
