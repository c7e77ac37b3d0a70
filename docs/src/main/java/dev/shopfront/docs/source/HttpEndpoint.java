package dev.shopfront.docs.source;

/**
 * One REST endpoint: an HTTP method, the full path (class and method mapping joined) and
 * the Java method handling it.
 */
public record HttpEndpoint(String method, String path, String handler) {

}
