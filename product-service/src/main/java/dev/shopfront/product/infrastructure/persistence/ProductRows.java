package dev.shopfront.product.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;

import dev.shopfront.product.application.query.ProductView;
import dev.shopfront.product.domain.Product;
import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.product.domain.ProductId;

/**
 * Maps rows of the products table.
 */
final class ProductRows {

	static final String COLUMNS = "id, name, description, price, stock_quantity, category, image_url, version, created_at, updated_at";

	static final RowMapper<Product> PRODUCT = ProductRows::product;

	static final RowMapper<ProductView> VIEW = ProductRows::view;

	private ProductRows() {
	}

	private static Product product(ResultSet row, int number) throws SQLException {
		ProductDetails details = new ProductDetails(row.getString("name"), row.getString("description"),
				row.getBigDecimal("price"), row.getInt("stock_quantity"), row.getString("category"),
				row.getString("image_url"));
		return new Product(new ProductId(row.getLong("id")), details, row.getLong("version"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

	private static ProductView view(ResultSet row, int number) throws SQLException {
		return new ProductView(row.getLong("id"), row.getString("name"), row.getString("description"),
				row.getBigDecimal("price"), row.getInt("stock_quantity"), row.getString("category"),
				row.getString("image_url"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

}
