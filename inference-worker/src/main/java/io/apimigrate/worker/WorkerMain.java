package io.apimigrate.worker;

import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.generate.NoneGenerator;
import io.apimigrate.worker.http.MetricsServer;
import io.apimigrate.worker.http.OpenAiCompletionsGenerator;
import io.apimigrate.worker.kafka.GenerationWorker;
import io.apimigrate.worker.model.DjlQwen2Generator;
import io.apimigrate.worker.model.ModelLoadException;
import io.apimigrate.worker.model.ModelOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the inference worker until SIGTERM: {@code WorkerMain [worker.properties]}, with
 * {@code APIMIGRATE_WORKER_*} environment overrides (see {@link WorkerConfig}). Exit status 2 on bad settings,
 * 1 when the loop fails.
 */
public final class WorkerMain {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(final String[] args) throws InterruptedException {
        if (args.length > 1) {
            System.err.println("usage: WorkerMain [worker.properties]");
            System.exit(2);
        }
        final WorkerConfig config;
        final Generator generator;
        try {
            config = WorkerConfig.load(args.length == 1 ? Optional.of(Path.of(args[0])) : Optional.empty(),
                    System.getenv());
            generator = generator(config);
        } catch (final IllegalArgumentException | ModelLoadException e) {
            System.err.println("apimigrate worker: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(config, generator));
    }

    /** The generator the settings name; the caller closes it. */
    public static Generator generator(final WorkerConfig config) {
        return switch (config.generator()) {
            case NONE -> new NoneGenerator();
            case HTTP -> new OpenAiCompletionsGenerator(config.http().orElseThrow());
            case DJL -> djl(config.model(), config.batchSize());
        };
    }

    private static Generator djl(final WorkerConfig.Model model, final int batchSize) {
        final ModelOptions options = new ModelOptions(ModelOptions.parseDevice(model.device()),
                ModelOptions.parseDtype(model.dtype()), batchSize);
        return DjlQwen2Generator.open(Path.of(model.dir()), options);
    }

    private static int run(final WorkerConfig config, final Generator generator) throws InterruptedException {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final GenerationWorker worker = new GenerationWorker(config, generator, registry);
        final MetricsServer metrics = config.metricsPort() >= 0 ? MetricsServer.start(registry, config.metricsPort())
                : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping the inference worker");
            worker.close();
            generator.close();
            if (metrics != null) {
                metrics.close();
            }
        }, "worker-shutdown"));
        worker.start();
        LOG.info("inference worker started: generator {}, {} -> {}, metrics {}", generator.name(),
                config.kafka().requestsTopic(), config.kafka().resultsTopic(),
                metrics == null ? "off" : "on port " + metrics.port() + " at /metrics");
        while (!worker.awaitStopped(Duration.ofHours(1))) {
            LOG.debug("inference worker running, {} results published", worker.publishedResults());
        }
        return worker.failure().isPresent() ? 1 : 0;
    }
}
