package dev.shopfront.localstack;

/**
 * The engines Shopfront needs, with the ports the launcher gives them.
 */
public enum Engine {

	POSTGRES(5432), MARIADB(3306), REDIS(6379), KAFKA(9092);

	private final int standardPort;

	Engine(int standardPort) {
		this.standardPort = standardPort;
	}

	public int standardPort() {
		return this.standardPort;
	}

}
