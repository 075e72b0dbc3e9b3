package io.apimigrate.rules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a stream line by line ({@code \n}-terminated, a {@code \r} before it dropped) and decodes
 * each line as strict UTF-8, so a malformed byte is reported with its own line number. A UTF-8
 * byte order mark at the very start is skipped.
 */
final class Utf8LineReader {

    /** Where a line failed to decode: the 1-based line number and the byte offset within the line. */
    static final class MalformedLineException extends Exception {

        private static final long serialVersionUID = 1L;

        private final long line;

        MalformedLineException(final long line, final String problem) {
            super(problem);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[256];
    private long lineNumber;

    Utf8LineReader(final InputStream in) {
        this.in = in;
    }

    /** The number of the line last returned by {@link #next()}, 1-based. */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    String next() throws IOException, MalformedLineException {
        int len = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            final byte c = chunk[chunkPos++];
            if (c == '\n') {
                break;
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, len * 2);
            }
            line[len++] = c;
        }
        lineNumber++;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        final int start = lineNumber == 1 && startsWithBom(len) ? 3 : 0;
        return decode(start, len);
    }

    private boolean startsWithBom(final int len) {
        return len >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private String decode(final int start, final int end) throws MalformedLineException {
        final ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        final CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            final int at = bytes.position();
            throw new MalformedLineException(lineNumber, String.format(
                    "malformed UTF-8 at byte %d of the line (0x%02X)", at - start + 1, line[at] & 0xFF));
        }
        chars.flip();
        return chars.toString();
    }
}
