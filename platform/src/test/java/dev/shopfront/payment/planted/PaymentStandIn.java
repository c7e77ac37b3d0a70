package dev.shopfront.payment.planted;

/**
 * Stands in for a payment-service class, which the platform cannot see on its classpath.
 */
public class PaymentStandIn {

}
