package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.routing.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input goes to the dead-letter topic with error headers, and processing goes on. */
class DeadLetterTest {

    @TempDir
    Path stateDir;
    private DriverHarness harness;

    @BeforeEach
    void setUp() {
        harness = new DriverHarness(stateDir);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldSendUndecodableRecordWithOriginalBytesAndHeaders() {
        final byte[] garbage = "{\"id\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

        harness.rawSnippets.pipeInput("bad-1", garbage);

        final TestRecord<String, byte[]> record = harness.deadLetters.readRecord();
        assertEquals("bad-1", record.key());
        assertArrayEquals(garbage, record.value());
        assertEquals("DECODE", header(record, DeadLetterHeaders.STAGE));
        assertTrue(header(record, DeadLetterHeaders.REASON).contains("cannot decode CodeSnippet"));
        assertEquals("org.apache.kafka.common.errors.SerializationException",
                header(record, DeadLetterHeaders.EXCEPTION));
        assertEquals("code-snippets", header(record, DeadLetterHeaders.TOPIC));
        assertEquals("0", header(record, DeadLetterHeaders.OFFSET));
    }

    @Test
    void shouldSendRecordWithoutValue() {
        harness.rawSnippets.pipeInput("bad-2", null);

        final TestRecord<String, byte[]> record = harness.deadLetters.readRecord();
        assertEquals("record has no value", header(record, DeadLetterHeaders.REASON));
    }

    @Test
    void shouldSendEmptyCode() {
        harness.submit(DriverHarness.snippet("e1", "  \n"));

        assertEquals("snippet 'e1': code is empty", reasonOfOnlyDeadLetter());
    }

    @Test
    void shouldSendOversizedCode() {
        final int limit = harness.config.maxCodeChars();

        harness.submit(DriverHarness.snippet("big", "x = 1\n".repeat(limit / 6 + 1)));

        assertTrue(reasonOfOnlyDeadLetter().contains("more than the limit of " + limit));
    }

    @Test
    void shouldSendOversizedExpectedCode() {
        final int limit = harness.config.maxCodeChars();

        harness.submit(CodeSnippet.newBuilder(DriverHarness.snippet("big-e", "x = 1\n"))
                .setExpected("y".repeat(limit + 1)).build());

        assertTrue(reasonOfOnlyDeadLetter().contains("expected code has " + (limit + 1) + " chars"));
    }

    @Test
    void shouldSendUnsupportedLanguage() {
        harness.submit(CodeSnippet.newBuilder(DriverHarness.snippet("j1", "int x = 1;")).setLanguage("java").build());

        assertEquals("snippet 'j1': unsupported language 'java', supported: python", reasonOfOnlyDeadLetter());
    }

    @Test
    void shouldSendKeyThatDiffersFromSnippetId() {
        harness.snippets.pipeInput("other-key", DriverHarness.snippet("k1", "x = 1\n"));

        assertEquals("record key 'other-key' differs from snippet id 'k1'", reasonOfOnlyDeadLetter());
    }

    @Test
    void shouldSendSnippetTheEngineFailsOnWithValidBytes() {
        final CodeSnippet snippet = DriverHarness.snippet("c1", FakeRules.CRASH + "\n");

        harness.submit(snippet);

        final TestRecord<String, byte[]> record = harness.deadLetters.readRecord();
        assertEquals("ROUTE", header(record, DeadLetterHeaders.STAGE));
        assertEquals(snippet, AvroSerde.of(CodeSnippet.class).deserialize("t", record.value()));
    }

    @Test
    void shouldSendSnippetWhoseAnswerCannotBeEncodedWithValidBytes() {
        final CodeSnippet snippet = DriverHarness.snippet("n1", FakeRules.NO_OUTPUT + "\n");

        harness.submit(snippet);
        harness.submit(DriverHarness.snippet("good", "x = 1\n"));

        final TestRecord<String, byte[]> record = harness.deadLetters.readRecord();
        assertEquals("n1", record.key());
        assertEquals("ROUTE", header(record, DeadLetterHeaders.STAGE));
        assertEquals(snippet, AvroSerde.of(CodeSnippet.class).deserialize("t", record.value()));
        assertTrue(harness.deadLetters.isEmpty());
        assertEquals("good", harness.results.readRecord().key());
        assertTrue(harness.results.isEmpty());
    }

    @Test
    void shouldKeepRoutingAfterBadRecords() {
        harness.rawSnippets.pipeInput("bad", new byte[] {1, 2, 3});
        harness.submit(DriverHarness.snippet("c2", FakeRules.CRASH));

        harness.submit(DriverHarness.snippet("good", "x = 1\n"));

        assertEquals(2, harness.deadLetters.getQueueSize());
        assertEquals(MigrationStrategy.UNCHANGED, harness.results.readValue().getStrategy());
    }

    @Test
    void shouldCountRejectionsByStage() {
        harness.rawSnippets.pipeInput("bad", new byte[] {1});
        harness.submit(DriverHarness.snippet("e", ""));

        assertEquals(1, harness.metrics.count("apimigrate.snippets.rejected", "stage", "DECODE"));
        assertEquals(1, harness.metrics.count("apimigrate.snippets.rejected", "stage", "VALIDATE"));
    }

    private String reasonOfOnlyDeadLetter() {
        final TestRecord<String, byte[]> record = harness.deadLetters.readRecord();
        assertTrue(harness.deadLetters.isEmpty());
        assertTrue(harness.results.isEmpty());
        assertEquals("VALIDATE", header(record, DeadLetterHeaders.STAGE));
        return header(record, DeadLetterHeaders.REASON);
    }

    private static String header(final TestRecord<String, byte[]> record, final String key) {
        return DeadLetterHeaders.get(record.headers(), key);
    }
}
