package io.apimigrate.cli.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inference worker's generator as the command line names it, turned into worker settings.
 *
 * @param kind none, djl or http
 * @param model the checkpoint folder of the djl generator
 * @param device the djl generator's device
 * @param endpoint the URL of the http generator
 * @param httpModel the model name the http endpoint serves
 */
public record GeneratorChoice(String kind, Optional<Path> model, String device, Optional<String> endpoint,
        String httpModel) {

    /**
     * The worker settings of this choice.
     *
     * @throws IllegalArgumentException naming the option that is missing or wrong
     */
    public Map<String, String> workerSettings() {
        final String k = kind.toLowerCase(Locale.ROOT);
        final Map<String, String> settings = new LinkedHashMap<>();
        settings.put("generator", k);
        switch (k) {
            case "none" -> settings.put("batch.size", "64");
            case "djl" -> {
                settings.put("model.dir", model.orElseThrow(() -> new IllegalArgumentException(
                        "--generator djl needs --model DIR (a Hugging Face checkpoint folder)")).toString());
                settings.put("model.device", device);
            }
            case "http" -> {
                settings.put("http.endpoint", endpoint.orElseThrow(() -> new IllegalArgumentException(
                        "--generator http needs --endpoint URL")));
                if (httpModel.isBlank()) {
                    throw new IllegalArgumentException("--generator http needs --http-model NAME (the model the "
                            + "endpoint serves)");
                }
                settings.put("http.model", httpModel);
            }
            default -> throw new IllegalArgumentException("--generator: expected none, djl or http, got '" + kind
                    + "'");
        }
        return settings;
    }
}
