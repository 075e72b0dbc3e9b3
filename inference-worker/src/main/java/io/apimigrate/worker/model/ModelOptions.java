package io.apimigrate.worker.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import java.util.Locale;

/**
 * Where and how the model runs.
 *
 * @param device the device holding weights and activations
 * @param dtype the weights' type: FLOAT32, or FLOAT16 to halve memory (activations stay float32)
 * @param maxBatchSize the most prompts decoded together; longer prompt lists are split
 */
public record ModelOptions(Device device, DataType dtype, int maxBatchSize) {

    /** The engine the model runs on. */
    public static final String ENGINE = "PyTorch";

    public ModelOptions {
        if (dtype != DataType.FLOAT32 && dtype != DataType.FLOAT16) {
            throw new IllegalArgumentException("dtype must be float32 or float16, got " + dtype);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be >= 1, got " + maxBatchSize);
        }
    }

    /** The first GPU when the PyTorch engine sees one, else the CPU; float32; batches of up to 32. */
    public static ModelOptions defaults() {
        return new ModelOptions(parseDevice("auto"), DataType.FLOAT32, 32);
    }

    /** The same options on another device. */
    public ModelOptions withDevice(final Device newDevice) {
        return new ModelOptions(newDevice, dtype, maxBatchSize);
    }

    /** The same options with another weight type. */
    public ModelOptions withDtype(final DataType newDtype) {
        return new ModelOptions(device, newDtype, maxBatchSize);
    }

    /** The same options with another batch limit. */
    public ModelOptions withMaxBatchSize(final int newMaxBatchSize) {
        return new ModelOptions(device, dtype, newMaxBatchSize);
    }

    /** Parses {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}. */
    public static Device parseDevice(final String name) {
        final String lower = name.strip().toLowerCase(Locale.ROOT);
        if ("auto".equals(lower)) {
            return Engine.getEngine(ENGINE).getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        }
        if ("cpu".equals(lower)) {
            return Device.cpu();
        }
        if (lower.matches("gpu(:\\d+)?")) {
            final int id = lower.contains(":") ? Integer.parseInt(lower.substring(4)) : 0;
            final int gpus = Engine.getEngine(ENGINE).getGpuCount();
            if (id >= gpus) {
                throw new IllegalArgumentException(
                        "device " + name + " asked for, but PyTorch sees " + gpus + " GPU(s)");
            }
            return Device.gpu(id);
        }
        throw new IllegalArgumentException("device must be auto, cpu, gpu or gpu:N, got " + name);
    }

    /** Parses {@code float32} or {@code float16}. */
    public static DataType parseDtype(final String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "float32", "f32", "fp32" -> DataType.FLOAT32;
            case "float16", "f16", "fp16" -> DataType.FLOAT16;
            default -> throw new IllegalArgumentException("dtype must be float32 or float16, got " + name);
        };
    }
}
