package io.apimigrate.worker.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.generate.Generator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link Generator} backed by an OpenAI-compatible {@code /v1/completions} endpoint (vLLM, TGI, Ollama):
 * one POST per prompt, up to {@code maxConcurrency} at once, with retries and exponential backoff on 429, 5xx
 * and connection errors. Failures come back as generations with {@link FinishReason#ERROR} and a message that
 * names the URL and the cause; a response that runs past its timeout comes back as {@link FinishReason#TIME_LIMIT}.
 */
public final class OpenAiCompletionsGenerator implements Generator {

    private static final int BODY_EXCERPT = 300;

    private final HttpGeneratorConfig config;
    private final URI completions;
    private final HttpClient client;
    private final ExecutorService pool;
    private final ObjectMapper json = new ObjectMapper();

    /** A generator for the given endpoint; {@link #close()} releases its threads. */
    public OpenAiCompletionsGenerator(final HttpGeneratorConfig config) {
        this.config = config;
        this.completions = config.completionsUri();
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.pool = Executors.newFixedThreadPool(config.maxConcurrency(), r -> {
            final Thread thread = new Thread(r, "http-generator");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<Generation> generate(final List<String> prompts, final GenerationConfig generation) {
        final List<Future<Generation>> pending = new ArrayList<>(prompts.size());
        for (final String prompt : prompts) {
            pending.add(pool.submit(() -> complete(prompt, generation)));
        }
        final List<Generation> results = new ArrayList<>(prompts.size());
        for (final Future<Generation> future : pending) {
            results.add(await(future));
        }
        return results;
    }

    @Override
    public String name() {
        return "http:" + config.model();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private Generation complete(final String prompt, final GenerationConfig generation) {
        final long started = System.nanoTime();
        final long deadline = started + generation.timeLimit().toNanos();
        final HttpRequest request;
        try {
            request = request(prompt, generation);
        } catch (final JsonProcessingException e) {
            return failed("cannot encode the request for " + completions + ": " + e.getOriginalMessage(), started);
        }
        String lastFailure = "";
        int attempts = 0;
        while (attempts <= config.maxRetries()) {
            if (attempts > 0 && !sleep(config.backoff().multipliedBy(1L << Math.min(attempts - 1, 20)), deadline)) {
                break;
            }
            attempts++;
            try {
                final HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                final int status = response.statusCode();
                if (status == 200) {
                    return parse(response.body(), generation, started);
                }
                lastFailure = "POST " + completions + " answered " + status + ": " + excerpt(response.body());
                if (status != 429 && status < 500) {
                    return failed(lastFailure, started);
                }
            } catch (final HttpConnectTimeoutException e) {
                lastFailure = "cannot connect to " + completions + " within "
                        + config.connectTimeout().toMillis() + " ms";
            } catch (final HttpTimeoutException e) {
                return new Generation("", List.of(), FinishReason.TIME_LIMIT, 0, millisSince(started),
                        "no response from " + completions + " within " + timeout(generation).toMillis() + " ms");
            } catch (final IOException e) {
                lastFailure = "cannot reach " + completions + ": " + e;
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed("interrupted while waiting for " + completions, started);
            }
        }
        return failed(lastFailure + " (gave up after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"),
                started);
    }

    private HttpRequest request(final String prompt, final GenerationConfig generation) throws JsonProcessingException {
        final ObjectNode body = json.createObjectNode()
                .put("model", config.model())
                .put("prompt", prompt)
                .put("max_tokens", generation.maxNewTokens())
                .put("temperature", generation.temperature())
                .put("top_p", generation.topP())
                .put("seed", generation.seed());
        final var stop = body.putArray("stop");
        generation.stopStrings().forEach(stop::add);
        final HttpRequest.Builder builder = HttpRequest.newBuilder(completions)
                .timeout(timeout(generation))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (!config.apiKey().isEmpty()) {
            builder.header("Authorization", "Bearer " + config.apiKey());
        }
        return builder.build();
    }

    private Generation parse(final String body, final GenerationConfig generation, final long started) {
        final JsonNode root;
        try {
            root = json.readTree(body);
        } catch (final JsonProcessingException e) {
            return failed("response from " + completions + " is not JSON: " + excerpt(body), started);
        }
        final JsonNode choice = root.path("choices").path(0);
        final JsonNode text = choice.path("text");
        if (!text.isTextual()) {
            return failed("response from " + completions + " has no choices[0].text: " + excerpt(body), started);
        }
        final String reply = text.asText();
        final int promptTokens = root.path("usage").path("prompt_tokens").asInt(0);
        final int cut = firstStop(reply, generation.stopStrings());
        if (cut >= 0) {
            return new Generation(reply.substring(0, cut), List.of(), FinishReason.STOP_STRING, promptTokens,
                    millisSince(started), "");
        }
        return new Generation(reply, List.of(), finishReason(choice), promptTokens, millisSince(started), "");
    }

    private static FinishReason finishReason(final JsonNode choice) {
        final String reason = choice.path("finish_reason").asText("");
        if ("length".equals(reason)) {
            return FinishReason.MAX_TOKENS;
        }
        return choice.path("stop_reason").isTextual() ? FinishReason.STOP_STRING : FinishReason.EOS;
    }

    private static int firstStop(final String text, final List<String> stops) {
        int first = -1;
        for (final String stop : stops) {
            final int at = stop.isEmpty() ? -1 : text.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private Duration timeout(final GenerationConfig generation) {
        final Duration limit = generation.timeLimit();
        return limit.compareTo(config.requestTimeout()) < 0 ? limit : config.requestTimeout();
    }

    private static boolean sleep(final Duration wait, final long deadline) {
        if (System.nanoTime() + wait.toNanos() >= deadline) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Generation await(final Future<Generation> future) {
        try {
            return future.get();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed("interrupted while waiting for " + completions, System.nanoTime());
        } catch (final ExecutionException e) {
            return failed("request to " + completions + " failed: " + e.getCause(), System.nanoTime());
        }
    }

    private static Generation failed(final String message, final long started) {
        return new Generation("", List.of(), FinishReason.ERROR, 0, millisSince(started), message);
    }

    private static long millisSince(final long started) {
        return (System.nanoTime() - started) / 1_000_000L;
    }

    private static String excerpt(final String body) {
        final String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= BODY_EXCERPT ? flat : flat.substring(0, BODY_EXCERPT) + "...";
    }
}
