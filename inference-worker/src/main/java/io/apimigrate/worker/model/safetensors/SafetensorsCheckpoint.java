package io.apimigrate.worker.model.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimigrate.worker.model.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tensors of a Hugging Face checkpoint folder: one {@code model.safetensors}, or the shards that
 * {@code model.safetensors.index.json} lists in its {@code weight_map}.
 */
public final class SafetensorsCheckpoint {

    /** The single-file checkpoint's name. */
    public static final String SINGLE = "model.safetensors";
    /** The sharded checkpoint's index. */
    public static final String INDEX = "model.safetensors.index.json";

    private final String source;
    private final Map<String, TensorInfo> tensors;

    private SafetensorsCheckpoint(final String source, final Map<String, TensorInfo> tensors) {
        this.source = source;
        this.tensors = Map.copyOf(tensors);
    }

    /** Reads the headers of the folder's safetensors file or shards. */
    public static SafetensorsCheckpoint open(final Path folder) {
        final Path single = folder.resolve(SINGLE);
        if (Files.isRegularFile(single)) {
            return new SafetensorsCheckpoint(SINGLE, SafetensorsFile.open(single).tensors());
        }
        final Path index = folder.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            return new SafetensorsCheckpoint(INDEX, sharded(folder, index));
        }
        throw new ModelLoadException(
                folder + ": no " + SINGLE + " and no " + INDEX + " (not a safetensors checkpoint)");
    }

    /** The tensor called {@code name}, if the checkpoint has it. */
    public Optional<TensorInfo> find(final String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /** The tensor called {@code name}; a {@link ModelLoadException} naming it when missing. */
    public TensorInfo require(final String name) {
        return find(name).orElseThrow(() -> new ModelLoadException("tensor " + name + " not found in " + source));
    }

    /** The number of tensors. */
    public int size() {
        return tensors.size();
    }

    private static Map<String, TensorInfo> sharded(final Path folder, final Path index) {
        final JsonNode weightMap;
        try {
            weightMap = new ObjectMapper().readTree(index.toFile()).path("weight_map");
        } catch (final IOException e) {
            throw new ModelLoadException(index + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!weightMap.isObject() || weightMap.isEmpty()) {
            throw new ModelLoadException(index + ": field weight_map is missing or empty");
        }
        final Map<String, String> fileOf = new TreeMap<>();
        for (final Map.Entry<String, JsonNode> entry : weightMap.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new ModelLoadException(index + ": weight_map." + entry.getKey() + " is not a file name");
            }
            fileOf.put(entry.getKey(), entry.getValue().asText());
        }
        final Map<String, SafetensorsFile> shards = new HashMap<>();
        final Map<String, TensorInfo> tensors = new HashMap<>();
        for (final Map.Entry<String, String> entry : fileOf.entrySet()) {
            final SafetensorsFile shard =
                    shards.computeIfAbsent(entry.getValue(), name -> openShard(folder, index, name));
            final TensorInfo tensor = shard.tensors().get(entry.getKey());
            if (tensor == null) {
                throw new ModelLoadException(index + " puts tensor " + entry.getKey() + " in " + entry.getValue()
                        + ", which does not hold it");
            }
            tensors.put(entry.getKey(), tensor);
        }
        return tensors;
    }

    private static SafetensorsFile openShard(final Path folder, final Path index, final String name) {
        final Path shard = folder.resolve(name).normalize();
        if (!shard.startsWith(folder.normalize()) || !Files.isRegularFile(shard)) {
            throw new ModelLoadException(index + " lists shard " + name + ", which is not a file in " + folder);
        }
        return SafetensorsFile.open(shard);
    }
}
