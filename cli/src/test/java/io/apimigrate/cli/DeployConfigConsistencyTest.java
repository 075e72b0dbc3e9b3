package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.Topics;
import io.apimigrate.worker.WorkerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks deploy/ against the applications: every APIMIGRATE_* variable and properties key that the compose file
 * and the Kubernetes manifests set is one the app in that container reads (and its value loads), every topic the
 * apps use is created, the scrape ports and KEDA's group and topic match the apps' settings, the images start
 * classes that exist, and docs/configuration.md names every key.
 */
class DeployConfigConsistencyTest {

    private static final Path DEPLOY = Path.of("../deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final String COMPOSE_SOURCE = "docker-compose.yml";
    private static final String K8S_SOURCE = "deploy/k8s";
    private static final Path CONFIGURATION_DOC = Path.of("../docs/configuration.md");
    private static final String WORKER_DEFAULTS = "/worker.properties";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{(\\w+)(:?-([^}]*))?}");
    private static final Pattern COMPOSE_CREATE = Pattern.compile("(?m)^\\s*create (\\S+) (\\S+)(.*)$");

    /** Which application a container runs. */
    private enum App { TOPOLOGY, WORKER }

    /** One container of deploy/: where it is declared, its APIMIGRATE_* variables and its settings file. */
    private record Container(String where, App app, Map<String, String> env, Properties file) {
    }

    @Test
    void everyTopologyVariableIsOneTopologyConfigReads() {
        for (final Container c : containers(App.TOPOLOGY)) {
            final Set<String> known = new TreeSet<>();
            keys(loadResource(TopologyConfig.DEFAULTS_RESOURCE)).forEach(k -> known.add(TopologyConfig.envName(k)));
            keys(c.file()).forEach(k -> known.add(TopologyConfig.envName(k)));
            for (final String name : c.env().keySet()) {
                assertTrue(known.contains(name), c.where() + ": " + name + " is read by no topology setting; known: "
                        + known);
            }
        }
    }

    @Test
    void topologySettingsOfEveryContainerLoad() {
        for (final Container c : containers(App.TOPOLOGY)) {
            final Set<String> unknown = new TreeSet<>(keys(c.file()));
            unknown.removeAll(keys(loadResource(TopologyConfig.DEFAULTS_RESOURCE)));
            unknown.removeIf(k -> k.startsWith("streams."));
            assertEquals(Set.of(), unknown, c.where() + ": keys TopologyConfig does not know");
            topologyConfig(c);
        }
    }

    @Test
    void workerSettingsOfEveryContainerLoadWithItsVariables() {
        for (final Container c : containers(App.WORKER)) {
            for (final String name : c.env().keySet()) {
                assertTrue(name.startsWith(WorkerConfig.ENV_PREFIX),
                        c.where() + ": " + name + " is not an " + WorkerConfig.ENV_PREFIX + "* variable");
            }
            workerConfig(c);
        }
    }

    @Test
    void everyTopicTheAppsUseHasAKafkaTopicResource() {
        final Map<String, JsonNode> declared = new LinkedHashMap<>();
        for (final JsonNode topic : kubernetesResources("KafkaTopic")) {
            final JsonNode name = topic.path("spec").path("topicName");
            declared.put(name.isMissingNode() ? topic.path("metadata").path("name").asText() : name.asText(), topic);
        }
        for (final String topic : topicsUsed(K8S_SOURCE)) {
            assertTrue(declared.containsKey(topic), "no KafkaTopic in deploy/k8s for topic " + topic);
        }
        final String rules = topologyConfig(containers(App.TOPOLOGY).get(0)).topics().rules();
        assertEquals("compact", declared.get(rules).path("spec").path("config").path("cleanup.policy").asText(),
                "KafkaTopic " + rules + ": cleanup.policy");
    }

    @Test
    void composeTopicsServiceCreatesEveryTopicTheAppsUse() {
        final String script = compose().path("services").path("topics").path("command").get(0).asText();
        final Map<String, String> created = new LinkedHashMap<>();
        final Matcher m = COMPOSE_CREATE.matcher(interpolate(script));
        while (m.find()) {
            created.put(m.group(1), m.group(3));
        }
        for (final String topic : topicsUsed(COMPOSE_SOURCE)) {
            assertTrue(created.containsKey(topic), "docker-compose.yml service topics does not create " + topic);
        }
        final String rules = topologyConfig(containers(App.TOPOLOGY).get(0)).topics().rules();
        assertTrue(created.get(rules).contains("cleanup.policy=compact"), "compose: " + rules + " is not compacted");
    }

    @Test
    void kedaScalesTheWorkersOnTheirGroupAndRequestTopic() {
        final List<JsonNode> scaled = kubernetesResources("ScaledObject");
        assertEquals(1, scaled.size(), "ScaledObjects in deploy/k8s");
        final JsonNode trigger = scaled.get(0).path("spec").path("triggers").get(0);
        final WorkerConfig.Kafka kafka = workerConfig(containers(App.WORKER).get(0)).kafka();
        assertEquals("kafka", trigger.path("type").asText(), "ScaledObject trigger type");
        assertEquals(kafka.groupId(), trigger.path("metadata").path("consumerGroup").asText(), "KEDA consumerGroup");
        assertEquals(kafka.requestsTopic(), trigger.path("metadata").path("topic").asText(), "KEDA topic");
        final int partitions = kubernetesResources("KafkaTopic").stream()
                .filter(t -> t.path("spec").path("topicName").asText().equals(kafka.requestsTopic()))
                .findFirst().orElseThrow().path("spec").path("partitions").asInt();
        assertTrue(scaled.get(0).path("spec").path("maxReplicaCount").asInt() <= partitions,
                "KEDA maxReplicaCount above the " + partitions + " partitions of " + kafka.requestsTopic());
    }

    @Test
    void prometheusScrapesThePortsTheComposeAppsServe() {
        final Map<String, Integer> scraped = new LinkedHashMap<>();
        for (final JsonNode job : readYaml(DEPLOY.resolve("prometheus/prometheus.yml")).get(0).path("scrape_configs")) {
            for (final JsonNode sd : job.path("dns_sd_configs")) {
                scraped.put(sd.path("names").get(0).asText(), sd.path("port").asInt());
            }
        }
        for (final Container c : containers(App.TOPOLOGY)) {
            if (c.where().startsWith(COMPOSE_SOURCE)) {
                assertEquals(topologyConfig(c).prometheusPort(), scraped.get(serviceOf(c)), c.where() + " scrape port");
            }
        }
        for (final Container c : containers(App.WORKER)) {
            if (c.where().startsWith(COMPOSE_SOURCE)) {
                assertEquals(workerConfig(c).metricsPort(), scraped.get(serviceOf(c)), c.where() + " scrape port");
            }
        }
    }

    @Test
    void kubernetesPodsExposeAndAnnotateTheirMetricsPorts() {
        for (final JsonNode deployment : kubernetesResources("Deployment")) {
            final JsonNode pod = deployment.path("spec").path("template");
            final JsonNode container = pod.path("spec").path("containers").get(0);
            final Container c = container(deployment.path("metadata").path("name").asText(), container, pod);
            final int port = c.app() == App.TOPOLOGY ? topologyConfig(c).prometheusPort()
                    : workerConfig(c).metricsPort();
            assertEquals(port, container.path("ports").get(0).path("containerPort").asInt(), c.where() + " port");
            assertEquals(String.valueOf(port), pod.path("metadata").path("annotations").path("prometheus.io/port")
                    .asText(), c.where() + " prometheus.io/port");
        }
    }

    @Test
    void imagesStartMainClassesThatExist() throws IOException, ClassNotFoundException {
        for (final String dockerfile : List.of("topology.Dockerfile", "worker.Dockerfile")) {
            final String entrypoint = Files.readAllLines(DEPLOY.resolve(dockerfile)).stream()
                    .filter(l -> l.startsWith("ENTRYPOINT ")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError(dockerfile + " has no ENTRYPOINT"));
            final JsonNode args = new ObjectMapper().readTree(entrypoint.substring("ENTRYPOINT ".length()));
            final String mainClass = args.get(args.size() - 1).asText();
            final Method main = mainMethod(Class.forName(mainClass), dockerfile);
            assertTrue(Modifier.isStatic(main.getModifiers()), dockerfile + ": " + mainClass + ".main is not static");
        }
    }

    @Test
    void kustomizationListsEveryManifestOfItsFolder() throws IOException {
        final Set<String> listed = new TreeSet<>();
        kustomization().path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(n -> assertTrue(listed.contains(n), "deploy/k8s/kustomization.yaml does not list " + n));
        }
    }

    @Test
    void configurationDocNamesEveryKeyAndItsVariable() throws IOException {
        final String doc = Files.readString(CONFIGURATION_DOC);
        for (final String key : keys(loadResource(TopologyConfig.DEFAULTS_RESOURCE))) {
            assertTrue(doc.contains("`" + key + "`"), "docs/configuration.md lacks topology key " + key);
            assertTrue(doc.contains(TopologyConfig.envName(key)), "docs/configuration.md lacks "
                    + TopologyConfig.envName(key));
        }
        for (final String key : keys(loadResource(WORKER_DEFAULTS))) {
            final String variable = WorkerConfig.ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
            assertTrue(doc.contains("`" + key + "`"), "docs/configuration.md lacks worker key " + key);
            assertTrue(doc.contains(variable), "docs/configuration.md lacks " + variable);
        }
    }

    private static Method mainMethod(final Class<?> type, final String where) {
        try {
            return type.getMethod("main", String[].class);
        } catch (final NoSuchMethodException e) {
            throw new AssertionError(where + ": " + type.getName() + " has no main(String[])", e);
        }
    }

    /** The topics the containers declared in {@code source} (compose or Kubernetes) read or write. */
    private static Set<String> topicsUsed(final String source) {
        final Set<String> topics = new TreeSet<>();
        for (final Container c : containers(App.TOPOLOGY)) {
            if (c.where().startsWith(source)) {
                final Topics t = topologyConfig(c).topics();
                topics.addAll(List.of(t.snippets(), t.guided(), t.results(), t.metrics(), t.rules(), t.deadLetters()));
            }
        }
        for (final Container c : containers(App.WORKER)) {
            if (c.where().startsWith(source)) {
                final WorkerConfig.Kafka k = workerConfig(c).kafka();
                topics.addAll(List.of(k.requestsTopic(), k.resultsTopic(), k.dlqTopic()));
            }
        }
        assertFalse(topics.isEmpty(), "no apimigrate container in " + source);
        return topics;
    }

    private static TopologyConfig topologyConfig(final Container c) {
        try {
            return TopologyConfig.from(c.file(), c.env());
        } catch (final IllegalArgumentException e) {
            return fail(c.where() + ": " + e.getMessage(), e);
        }
    }

    private static WorkerConfig workerConfig(final Container c) {
        try {
            return WorkerConfig.load(Optional.of(writeTemp(c.file())), c.env());
        } catch (final IllegalArgumentException e) {
            return fail(c.where() + ": " + e.getMessage(), e);
        }
    }

    private static Path writeTemp(final Properties props) {
        try {
            final Path file = Files.createTempFile("worker", ".properties");
            file.toFile().deleteOnExit();
            try (var out = Files.newBufferedWriter(file)) {
                props.store(out, null);
            }
            return file;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every container of docker-compose.yml and deploy/k8s that runs one of the apps. */
    private static List<Container> containers(final App app) {
        final List<Container> all = new ArrayList<>();
        compose().path("services").properties().forEach(service -> {
            final String image = service.getValue().path("image").asText();
            final Map<String, String> env = composeEnvironment(service.getValue().path("environment"));
            appOf(image).ifPresentOrElse(
                    a -> all.add(new Container(COMPOSE_SOURCE + " service " + service.getKey(), a, env,
                            new Properties())),
                    () -> assertEquals(Map.of(), env, "docker-compose.yml service " + service.getKey()
                            + " sets APIMIGRATE_* variables but runs no apimigrate image"));
        });
        for (final JsonNode deployment : kubernetesResources("Deployment")) {
            final JsonNode pod = deployment.path("spec").path("template");
            for (final JsonNode container : pod.path("spec").path("containers")) {
                all.add(container(deployment.path("metadata").path("name").asText(), container, pod));
            }
        }
        return all.stream().filter(c -> c.app() == app).toList();
    }

    private static Container container(final String deployment, final JsonNode container, final JsonNode pod) {
        final String where = K8S_SOURCE + " Deployment " + deployment;
        final App app = appOf(container.path("image").asText())
                .orElseThrow(() -> new AssertionError(where + " runs no apimigrate image"));
        final Map<String, String> env = new LinkedHashMap<>();
        for (final JsonNode e : container.path("env")) {
            if (e.path("name").asText().startsWith("APIMIGRATE_")) {
                env.put(e.path("name").asText(), e.path("value").asText("from-" + e.path("valueFrom").toString()));
            }
        }
        final Properties file = container.path("args").isEmpty() ? new Properties()
                : mountedProperties(where, container.path("args").get(0).asText(), container, pod);
        return new Container(where, app, env, file);
    }

    /** The properties file behind a mount path: volume mount, ConfigMap volume, kustomize generator file. */
    private static Properties mountedProperties(final String where, final String path, final JsonNode container,
                                                final JsonNode pod) {
        final JsonNode mount = find(container.path("volumeMounts"), m -> m.path("mountPath").asText().equals(path),
                where + ": no volume mounted at " + path);
        final JsonNode volume = find(pod.path("spec").path("volumes"),
                v -> v.path("name").asText().equals(mount.path("name").asText()), where + ": no volume for " + path);
        final String configMap = volume.path("configMap").path("name").asText();
        final JsonNode generator = find(kustomization().path("configMapGenerator"),
                g -> g.path("name").asText().equals(configMap), where + ": no configMapGenerator " + configMap);
        final JsonNode entry = find(generator.path("files"),
                f -> f.asText().startsWith(mount.path("subPath").asText() + "="),
                where + ": ConfigMap " + configMap + " has no file " + mount.path("subPath").asText());
        final String file = entry.asText().substring(entry.asText().indexOf('=') + 1);
        try {
            return load(Files.readString(K8S.resolve(file)));
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read deploy/k8s/" + file, e);
        }
    }

    private static JsonNode find(final JsonNode array, final Predicate<JsonNode> test,
                                 final String missing) {
        for (final JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError(missing);
    }

    private static Optional<App> appOf(final String image) {
        if (image.startsWith("apimigrate/topology")) {
            return Optional.of(App.TOPOLOGY);
        }
        return image.startsWith("apimigrate/worker") ? Optional.of(App.WORKER) : Optional.empty();
    }

    private static String serviceOf(final Container c) {
        return c.where().substring(c.where().lastIndexOf(' ') + 1);
    }

    private static Map<String, String> composeEnvironment(final JsonNode environment) {
        final Map<String, String> env = new LinkedHashMap<>();
        if (environment.isArray()) {
            environment.forEach(e -> env.put(e.asText().split("=", 2)[0], e.asText().split("=", 2)[1]));
        } else {
            environment.properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        env.replaceAll((k, v) -> interpolate(v));
        env.keySet().removeIf(k -> !k.startsWith("APIMIGRATE_"));
        return env;
    }

    /** Compose's ${NAME:-default} with the environment unset: the default, or empty. */
    private static String interpolate(final String value) {
        return COMPOSE_VARIABLE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                m.group(3) == null ? "" : m.group(3)));
    }

    private static JsonNode compose() {
        return readYaml(DEPLOY.resolve("docker-compose.yml")).get(0);
    }

    private static JsonNode kustomization() {
        return readYaml(K8S.resolve("kustomization.yaml")).get(0);
    }

    private static List<JsonNode> kubernetesResources(final String kind) {
        final List<JsonNode> found = new ArrayList<>();
        for (final JsonNode file : kustomization().path("resources")) {
            readYaml(K8S.resolve(file.asText())).stream()
                    .filter(r -> r.path("kind").asText().equals(kind))
                    .forEach(found::add);
        }
        return found;
    }

    private static List<JsonNode> readYaml(final Path file) {
        try {
            return YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll().stream()
                    .filter(n -> n != null && !n.isNull() && !n.isMissingNode())
                    .toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static Properties loadResource(final String resource) {
        try (InputStream in = DeployConfigConsistencyTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the test classpath");
            }
            final Properties props = new Properties();
            props.load(in);
            return props;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(final String text) throws IOException {
        final Properties props = new Properties();
        props.load(new StringReader(text));
        return props;
    }

    private static Set<String> keys(final Properties props) {
        return new TreeSet<>(props.stringPropertyNames());
    }
}
