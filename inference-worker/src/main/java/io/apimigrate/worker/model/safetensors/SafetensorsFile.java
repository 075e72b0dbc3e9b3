package io.apimigrate.worker.model.safetensors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimigrate.worker.model.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The header of one safetensors file: an 8-byte little-endian header length, a JSON header naming
 * each tensor's dtype, shape and byte range, then the data. Tensor bytes are memory-mapped on demand,
 * so offsets beyond 2 GB work.
 */
public final class SafetensorsFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_HEADER_BYTES = 100L << 20;

    private final Path file;
    private final Map<String, TensorInfo> tensors;

    private SafetensorsFile(final Path file, final Map<String, TensorInfo> tensors) {
        this.file = file;
        this.tensors = Map.copyOf(tensors);
    }

    /** Reads and checks the header of {@code file}. */
    public static SafetensorsFile open(final Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            final long size = channel.size();
            if (size < 8) {
                throw new ModelLoadException(file + ": " + size + " bytes, too short for a safetensors header");
            }
            final ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, lengthBytes, 0);
            final long headerLength = lengthBytes.getLong(0);
            if (headerLength < 2 || headerLength > MAX_HEADER_BYTES || headerLength > size - 8) {
                throw new ModelLoadException(file + ": header length " + headerLength + " is invalid for a file of "
                        + size + " bytes (not a safetensors file?)");
            }
            final ByteBuffer header = ByteBuffer.allocate((int) headerLength);
            readFully(channel, header, 8);
            final long dataStart = 8 + headerLength;
            return new SafetensorsFile(file, parseHeader(file, header.array(), dataStart, size - dataStart));
        } catch (final IOException e) {
            throw new ModelLoadException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The file's path. */
    public Path path() {
        return file;
    }

    /** Every tensor in the file, by name. */
    public Map<String, TensorInfo> tensors() {
        return tensors;
    }

    /**
     * Maps {@code length} bytes of a tensor, starting {@code from} bytes into it, read-only.
     * The buffer's position is 0 and its limit {@code length}.
     */
    public static ByteBuffer map(final TensorInfo tensor, final long from, final long length) {
        if (from < 0 || length < 0 || from + length > tensor.length() || length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bytes " + from + "+" + length + " outside " + tensor);
        }
        try (FileChannel channel = FileChannel.open(tensor.file(), StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, tensor.offset() + from, length)
                    .order(ByteOrder.LITTLE_ENDIAN);
        } catch (final IOException e) {
            throw new ModelLoadException(
                    tensor.file() + ": cannot map tensor " + tensor.name() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, TensorInfo> parseHeader(
            final Path file, final byte[] header, final long dataStart, final long dataLength) {
        final JsonNode root;
        try {
            root = JSON.readTree(new String(header, StandardCharsets.UTF_8).strip());
        } catch (final JsonProcessingException e) {
            throw new ModelLoadException(file + ": header is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelLoadException(file + ": header is not a JSON object");
        }
        final Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonNode> field : root.properties()) {
            if (!"__metadata__".equals(field.getKey())) {
                tensors.put(field.getKey(), tensor(file, field.getKey(), field.getValue(), dataStart, dataLength));
            }
        }
        return tensors;
    }

    private static TensorInfo tensor(
            final Path file, final String name, final JsonNode node, final long dataStart, final long dataLength) {
        final String where = file.getFileName() + ": tensor " + name;
        final JsonNode dtype = node.get("dtype");
        final JsonNode shape = node.get("shape");
        final JsonNode offsets = node.get("data_offsets");
        if (dtype == null || !dtype.isTextual() || shape == null || !shape.isArray()
                || offsets == null || !offsets.isArray() || offsets.size() != 2) {
            throw new ModelLoadException(where + ": needs dtype, shape and data_offsets [begin, end]");
        }
        final TensorType type = TensorType.parse(dtype.asText(), where);
        final long[] dims = new long[shape.size()];
        long elements = 1;
        for (int i = 0; i < dims.length; i++) {
            if (!shape.get(i).canConvertToLong() || shape.get(i).asLong() < 0) {
                throw new ModelLoadException(where + ": shape " + shape + " is not a list of sizes");
            }
            dims[i] = shape.get(i).asLong();
            elements = Math.multiplyExact(elements, dims[i]);
        }
        final long begin = offsets.get(0).asLong(-1);
        final long end = offsets.get(1).asLong(-1);
        if (begin < 0 || end < begin || end > dataLength) {
            throw new ModelLoadException(where + ": data_offsets " + offsets + " lie outside the file's "
                    + dataLength + " data bytes (truncated file?)");
        }
        if (end - begin != elements * type.bytes()) {
            throw new ModelLoadException(
                    where + ": " + (end - begin) + " bytes do not hold " + type + " shape " + shape);
        }
        return new TensorInfo(name, type, dims, file, dataStart + begin, end - begin);
    }

    private static void readFully(final FileChannel channel, final ByteBuffer buffer, final long position)
            throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            final int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += n;
        }
    }
}
