package io.apimigrate.worker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompletionsGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GenerationConfig DECODING = new GenerationConfig(32, 0.0, 1.0,
            List.of("<|im_end|>", "```"), Duration.ofSeconds(10), 7L);

    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private URI endpoint;

    private record Reply(int status, String body, boolean hang) {
    }

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/completions", this::answer);
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopStub() {
        release.countDown();
        server.stop(0);
    }

    private void answer(final HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody()));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            final Reply reply;
            synchronized (replies) {
                reply = replies.isEmpty() ? new Reply(500, "no reply scripted", false) : replies.pollFirst();
            }
            if (reply.hang()) {
                release.await();
            }
            final byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void script(final int status, final String body) {
        replies.add(new Reply(status, body, false));
    }

    private OpenAiCompletionsGenerator generator(final String apiKey) {
        return new OpenAiCompletionsGenerator(new HttpGeneratorConfig(endpoint, "qwen2.5-coder", apiKey,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(10), 4));
    }

    private Generation generateOne(final OpenAiCompletionsGenerator generator, final GenerationConfig decoding) {
        try (generator) {
            return generator.generate(List.of("<|im_start|>user\nhi<|im_end|>\n"), decoding).get(0);
        }
    }

    private static String completion(final String text, final String finishReason) {
        return """
                {"id": "cmpl-1", "object": "text_completion", "model": "qwen2.5-coder",
                 "choices": [{"index": 0, "text": %s, "finish_reason": "%s"}],
                 "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}}
                """.formatted(quote(text), finishReason);
    }

    private static String quote(final String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (final IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void postsTheOpenAiCompletionFieldsAndParsesTheChoice() {
        script(200, completion("x = np.float64(v)\n", "stop"));

        final Generation generation = generateOne(generator("secret"), DECODING);

        assertEquals(new Generation("x = np.float64(v)\n", List.of(), FinishReason.EOS, 12,
                generation.elapsedMillis(), ""), generation);
        final JsonNode request = requests.get(0);
        assertEquals("qwen2.5-coder", request.get("model").asText());
        assertEquals("<|im_start|>user\nhi<|im_end|>\n", request.get("prompt").asText());
        assertEquals(32, request.get("max_tokens").asInt());
        assertEquals(0.0, request.get("temperature").asDouble());
        assertEquals(1.0, request.get("top_p").asDouble());
        assertEquals("[\"<|im_end|>\",\"```\"]", request.get("stop").toString());
        assertEquals("Bearer secret", authorizations.get(0));
    }

    @Test
    void aLengthFinishIsTheTokenBudget() {
        script(200, completion("x = np.", "length"));

        assertEquals(FinishReason.MAX_TOKENS, generateOne(generator(""), DECODING).finishReason());
        assertEquals("null", authorizations.get(0));
    }

    @Test
    void aStopStringTheServerIgnoredIsCutOff() {
        script(200, completion("y = 2\n```\nThat is all.", "stop"));

        final Generation generation = generateOne(generator(""), DECODING);

        assertEquals("y = 2\n", generation.text());
        assertEquals(FinishReason.STOP_STRING, generation.finishReason());
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        script(503, "{\"error\": \"model loading\"}");
        script(502, "bad gateway");
        script(200, completion("z = 3", "stop"));

        final Generation generation = generateOne(generator(""), DECODING);

        assertEquals("z = 3", generation.text());
        assertEquals(3, requests.size());
    }

    @Test
    void persistentServerErrorsGiveUpWithTheLastStatus() {
        script(500, "boom");
        script(500, "boom");
        script(500, "still boom");

        final Generation generation = generateOne(generator(""), DECODING);

        assertEquals(FinishReason.ERROR, generation.finishReason());
        assertEquals("POST " + endpoint + "/v1/completions answered 500: still boom (gave up after 3 attempts)",
                generation.error());
    }

    @Test
    void aClientErrorFailsAtOnceNamingTheUrlAndTheBody() {
        script(400, "{\"error\": {\"message\": \"model 'qwen2.5-coder' not found\"}}");

        final Generation generation = generateOne(generator(""), DECODING);

        assertEquals("POST " + endpoint + "/v1/completions answered 400: {\"error\": {\"message\":"
                + " \"model 'qwen2.5-coder' not found\"}}", generation.error());
        assertEquals(1, requests.size());
    }

    @Test
    void aResponseWithoutChoicesIsAnError() {
        script(200, "{\"object\": \"error\"}");

        final Generation generation = generateOne(generator(""), DECODING);

        assertEquals(FinishReason.ERROR, generation.finishReason());
        assertTrue(generation.error().contains("has no choices[0].text"), generation.error());
    }

    @Test
    void anUnreachableEndpointIsAnErrorAfterTheRetries() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        final OpenAiCompletionsGenerator generator = new OpenAiCompletionsGenerator(new HttpGeneratorConfig(
                URI.create("http://127.0.0.1:" + closedPort), "m", "", Duration.ofSeconds(1), Duration.ofSeconds(1),
                1, Duration.ofMillis(10), 1));

        final Generation generation = generateOne(generator, DECODING);

        assertEquals(FinishReason.ERROR, generation.finishReason());
        assertTrue(generation.error().startsWith("cannot reach http://127.0.0.1:" + closedPort + "/v1/completions"),
                generation.error());
        assertTrue(generation.error().endsWith("(gave up after 2 attempts)"), generation.error());
    }

    @Test
    void aResponsePastTheTimeLimitIsATimeout() {
        replies.add(new Reply(200, completion("late", "stop"), true));
        final GenerationConfig quick = new GenerationConfig(32, 0.0, 1.0, List.of(), Duration.ofMillis(300), 0L);

        final Generation generation = generateOne(generator(""), quick);

        assertEquals(FinishReason.TIME_LIMIT, generation.finishReason());
        assertEquals("no response from " + endpoint + "/v1/completions within 300 ms", generation.error());
    }

    @Test
    void everyPromptOfABatchGetsItsOwnGenerationInOrder() {
        try (OpenAiCompletionsGenerator generator = generator("")) {
            script(200, completion("a", "stop"));
            script(200, completion("a", "stop"));
            script(200, completion("a", "stop"));

            final List<Generation> generations = generator.generate(List.of("p1", "p2", "p3"), DECODING);

            assertEquals(3, generations.size());
            assertEquals(3, requests.size());
        }
    }

    @Test
    void theNameCarriesTheModel() {
        try (OpenAiCompletionsGenerator generator = generator("")) {
            assertEquals("http:qwen2.5-coder", generator.name());
        }
    }

    @Test
    void aBadEndpointIsRejectedUpFront() {
        final IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> HttpGeneratorConfig.of(URI.create("ftp://host"), "m"));
        assertEquals("endpoint must be an http or https URL, got 'ftp://host'", e.getMessage());
    }
}
