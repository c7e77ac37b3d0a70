package dev.shopfront.product.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.product.application.query.ProductPage;
import dev.shopfront.product.application.query.ProductPageQuery;
import dev.shopfront.product.application.query.ProductQueries;
import dev.shopfront.product.application.query.ProductView;
import dev.shopfront.product.domain.ProductId;

/**
 * Catalogue reads straight from PostgreSQL.
 */
public class JdbcProductQueries implements ProductQueries {

	private final JdbcClient jdbc;

	public JdbcProductQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ProductView> byId(ProductId id) {
		return this.jdbc.sql("SELECT %s FROM products WHERE id = :id".formatted(ProductRows.COLUMNS))
			.param("id", id.value())
			.query(ProductRows.VIEW)
			.optional();
	}

	@Override
	public ProductPage page(ProductPageQuery query) {
		String where = (query.category() != null) ? "WHERE category = :category" : "";
		long total = this.jdbc.sql("SELECT count(*) FROM products " + where)
			.param("category", query.category())
			.query(Long.class)
			.single();
		List<ProductView> items = this.jdbc
			.sql("SELECT %s FROM products %s ORDER BY %s LIMIT :limit OFFSET :offset".formatted(ProductRows.COLUMNS,
					where, orderBy(query.order())))
			.param("category", query.category())
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(ProductRows.VIEW)
			.list();
		return new ProductPage(items, query.page(), query.size(), total);
	}

	@Override
	public List<ProductView> byIds(Collection<ProductId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT %s FROM products WHERE id IN (:ids) ORDER BY id".formatted(ProductRows.COLUMNS))
			.param("ids", ids.stream().map(ProductId::value).toList())
			.query(ProductRows.VIEW)
			.list();
	}

	private static String orderBy(ProductPageQuery.Order order) {
		return switch (order) {
			case ID -> "id";
			case PRICE_ASCENDING -> "price ASC, id";
			case PRICE_DESCENDING -> "price DESC, id";
		};
	}

}
