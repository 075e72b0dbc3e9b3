package io.apimigrate.worker.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an OpenAI-compatible completions endpoint (vLLM, TGI, Ollama).
 *
 * @param endpoint the server's base URL; requests go to {@code {endpoint}/v1/completions}
 * @param model the model name the server expects
 * @param apiKey sent as a bearer token when not empty
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one response (also capped by each call's time limit)
 * @param maxRetries further attempts after a 429, a 5xx or a connection error
 * @param backoff the wait before the first retry, doubled before each next one
 * @param maxConcurrency requests in flight at once
 */
public record HttpGeneratorConfig(
        URI endpoint, String model, String apiKey, Duration connectTimeout, Duration requestTimeout,
        int maxRetries, Duration backoff, int maxConcurrency) {

    public HttpGeneratorConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("endpoint must be an http or https URL, got '" + endpoint + "'");
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (maxRetries < 0 || maxConcurrency < 1) {
            throw new IllegalArgumentException(
                    "need maxRetries >= 0 and maxConcurrency >= 1, got " + maxRetries + " and " + maxConcurrency);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoff, "backoff");
    }

    /** Defaults: no key, 5 s to connect, 120 s per response, 3 retries from 500 ms, 8 requests at once. */
    public static HttpGeneratorConfig of(final URI endpoint, final String model) {
        return new HttpGeneratorConfig(endpoint, model, "", Duration.ofSeconds(5), Duration.ofSeconds(120),
                3, Duration.ofMillis(500), 8);
    }

    /** The completions URL. */
    public URI completionsUri() {
        final String base = endpoint.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/completions");
    }

    private static void requirePositive(final Duration d, final String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
