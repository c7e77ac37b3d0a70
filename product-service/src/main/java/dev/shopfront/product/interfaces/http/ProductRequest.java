package dev.shopfront.product.interfaces.http;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.shopfront.product.domain.ProductDetails;

/**
 * The body of POST and PUT /products.
 */
record ProductRequest(@NotBlank @Size(max = ProductDetails.MAX_NAME_LENGTH) String name,
		@Size(max = 2000) String description,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2,
				message = "must have at most 10 digits and two decimals") BigDecimal price,
		@NotNull @Min(0) @Max(1_000_000) Integer stockQuantity, @Size(max = 100) String category,
		@Size(max = 500) String imageUrl) {

	ProductDetails toDetails() {
		return new ProductDetails(this.name, this.description, this.price, this.stockQuantity, this.category,
				this.imageUrl);
	}

}
