package io.apimigrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.model.DjlQwen2Generator;
import io.apimigrate.worker.model.ModelLoadException;
import io.apimigrate.worker.model.ModelOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code apimigrate generate}: the inference worker's model alone, greedy, on one raw prompt. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Runs the inference worker's Qwen2 model (DJL, PyTorch) alone on a raw prompt with greedy "
                + "decoding and prints the continuation: the new tokens only, without the prompt.",
            "Decoding stops at an end-of-sequence token (eos_token_id of config.json or generation_config.json, "
                + "<|endoftext|>, <|im_end|>), after --max-new-tokens tokens or at --time-limit."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "Hugging Face checkpoint folder of a Qwen2-architecture model (e.g. Qwen2.5-Coder-1.5B): "
                    + "config.json, model.safetensors or its shards with model.safetensors.index.json, "
                    + "tokenizer.json, and optionally generation_config.json.")
    private Path model;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT",
            description = "The raw prompt, given to the model as is (no chat template is applied); special "
                    + "tokens written in it, such as <|im_start|>, become their ids.")
    private String prompt;

    @Option(names = "--max-new-tokens", defaultValue = "128", paramLabel = "N",
            description = "The most tokens to generate (default: ${DEFAULT-VALUE}).")
    private int maxNewTokens;

    @Option(names = "--json",
            description = "Print one JSON object, {\"token_ids\": [...], \"text\": \"...\", "
                    + "\"finish_reason\": \"...\"}, "
                    + "instead of the bare text.")
    private boolean json;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
            description = "auto (the first GPU PyTorch sees, else the CPU), cpu, gpu or gpu:N "
                    + "(default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--dtype", defaultValue = "float32", paramLabel = "TYPE",
            description = "Weight type: float32, or float16 for half the memory; bfloat16 checkpoints are widened "
                    + "while loading and activations stay float32 (default: ${DEFAULT-VALUE}).")
    private String dtype;

    @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
            description = "Stop generating after this many seconds (default: ${DEFAULT-VALUE}).")
    private long timeLimitSeconds;

    @Override
    public Integer call() {
        final GenerationConfig config = config();
        final ModelOptions options = options();
        if (prompt.isEmpty()) {
            throw new UserInputException("--prompt: is empty; there is nothing to continue");
        }
        if (!Files.isDirectory(model)) {
            throw new UserInputException("--model: " + model + " is not a folder");
        }
        final Generation generation;
        try (DjlQwen2Generator generator = DjlQwen2Generator.open(model, options)) {
            generation = generator.generate(List.of(prompt), config).get(0);
        } catch (final ModelLoadException e) {
            throw new UserInputException("--model: " + e.getMessage(), e);
        }
        if (generation.finishReason() == FinishReason.ERROR) {
            throw new UserInputException(generation.error());
        }
        spec.commandLine().getOut().println(json ? json(generation) : generation.text());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private GenerationConfig config() {
        if (maxNewTokens < 1) {
            throw new UserInputException("--max-new-tokens: must be at least 1, got " + maxNewTokens);
        }
        if (timeLimitSeconds < 1) {
            throw new UserInputException("--time-limit: must be at least 1 second, got " + timeLimitSeconds);
        }
        return new GenerationConfig(maxNewTokens, 0, 1, List.of(), Duration.ofSeconds(timeLimitSeconds), 0);
    }

    private ModelOptions options() {
        try {
            return ModelOptions.defaults().withMaxBatchSize(1)
                    .withDtype(ModelOptions.parseDtype(dtype))
                    .withDevice(ModelOptions.parseDevice(device));
        } catch (final IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private static String json(final Generation generation) {
        final ObjectMapper mapper = new ObjectMapper();
        final ObjectNode out = mapper.createObjectNode();
        generation.tokenIds().forEach(out.putArray("token_ids")::add);
        out.put("text", generation.text());
        out.put("finish_reason", generation.finishReason().name());
        return out.toString();
    }
}
