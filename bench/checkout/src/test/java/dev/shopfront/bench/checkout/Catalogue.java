package dev.shopfront.bench.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The products one run sells, created through the product API before the load, with their
 * starting stock remembered for the oversell check: plenty of ordinary products, and one
 * scarce product that a share of checkouts want and that sells out.
 */
final class Catalogue {

	static final int PLENTY = 1_000_000;

	private final String category;

	private final List<Long> plenty = new ArrayList<>();

	private final long scarce;

	private final Map<Long, Integer> initialStock = new ConcurrentHashMap<>();

	private Catalogue(String category, List<Long> plenty, long scarce, Map<Long, Integer> initialStock) {
		this.category = category;
		this.plenty.addAll(plenty);
		this.scarce = scarce;
		this.initialStock.putAll(initialStock);
	}

	/**
	 * Creates {@code products} ordinary products and one scarce one with
	 * {@code scarceStock} units. Prices end in .00 or .50, so no basket total ends in .13
	 * (which the simulated provider declines): only the declined share is declined.
	 */
	static Catalogue create(Api api, String productsBase, int products, int scarceStock) {
		String category = "bench" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> plenty = new ArrayList<>();
		Map<Long, Integer> stock = new ConcurrentHashMap<>();
		for (int i = 0; i < products; i++) {
			long id = create(api, productsBase, category, "Bench item " + i,
					"%d.%s".formatted(10 + i, (i % 2 == 0) ? "00" : "50"), PLENTY);
			plenty.add(id);
			stock.put(id, PLENTY);
		}
		long scarce = create(api, productsBase, category, "Bench last units", "30.00", scarceStock);
		stock.put(scarce, scarceStock);
		return new Catalogue(category, plenty, scarce, stock);
	}

	private static long create(Api api, String base, String category, String name, String price, int stock) {
		Api.Reply created = api.post(base + "/products", """
				{"name":"%s","description":"checkout bench","price":%s,"stock_quantity":%d,"category":"%s"}"""
			.formatted(name, price, stock, category));
		if (created.status() != 201) {
			throw new IllegalStateException("Product refused: " + created);
		}
		return created.json().path("id").asLong();
	}

	String category() {
		return this.category;
	}

	long scarce() {
		return this.scarce;
	}

	Map<Long, Integer> initialStock() {
		return Map.copyOf(this.initialStock);
	}

	List<Long> plenty() {
		return List.copyOf(this.plenty);
	}

	/** 1 to 3 distinct products; the scarce one first for a share of baskets. */
	List<Long> basket() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		List<Long> pool = new ArrayList<>(this.plenty);
		List<Long> picked = new ArrayList<>();
		int items = 1 + random.nextInt(3);
		if (random.nextDouble() < BenchSettings.SCARCE_SHARE) {
			picked.add(this.scarce);
		}
		while (picked.size() < items) {
			picked.add(pool.remove(random.nextInt(pool.size())));
		}
		return picked;
	}

}
