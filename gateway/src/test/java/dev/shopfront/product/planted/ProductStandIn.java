package dev.shopfront.product.planted;

/**
 * Stands in for a product-service class, which the gateway cannot see on its classpath.
 */
public class ProductStandIn {

}
