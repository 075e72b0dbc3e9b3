package io.apimigrate.topology.metrics;

import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.topology.metrics.AppMetrics.Skip;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First stage of the metrics: counts each result of its input partition into a state store
 * keyed by (window, strategy, library), without repartitioning, and once a window has closed
 * on the wall clock (end + grace) forwards its totals per strategy, per library and overall,
 * keyed {@code dimension|value} with the window start as timestamp. A result that arrives for
 * a window already forwarded is forwarded with the next closed windows: the second stage adds it.
 */
public final class WindowPartials implements Processor<String, byte[], String, Accumulator> {

    /** The dimension of per-strategy totals. */
    public static final String STRATEGY = "strategy";
    /** The dimension of per-library totals. */
    public static final String LIBRARY = "library";
    /** The dimension of the overall totals, whose value is {@code *}. */
    public static final String ALL = "all";
    /** The library of results that name none. */
    public static final String NO_LIBRARY = "unknown";

    private static final Logger LOG = LoggerFactory.getLogger(WindowPartials.class);
    private static final char SEP = '|';

    private final String storeName;
    private final long windowMs;
    private final long graceMs;
    private final AppMetrics metrics;
    private final CountedResult.Reader reader = new CountedResult.Reader();
    /**
     * The accumulators of the open windows, the objects last put into the store, so that
     * counting a result neither builds its store key nor reads its accumulator back. Every
     * change is put into the store (a {@link WriteBehindStore}, which writes it to the
     * changelog at the next commit). Always a subset of the store: cleared when the processor
     * starts, and a window's entries leave with its keys.
     */
    private final Map<Long, WindowEntries> open = new HashMap<>();
    /** The window of the last result counted, which the next one most likely shares. */
    private WindowEntries last;
    private ProcessorContext<String, Accumulator> context;
    private KeyValueStore<String, Accumulator> store;

    public WindowPartials(final String storeName, final Duration window, final Duration grace,
            final AppMetrics metrics) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
        this.graceMs = grace.toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(final ProcessorContext<String, Accumulator> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        open.clear();
        last = null;
        context.schedule(Duration.ofMillis(Math.min(windowMs, 1_000)), PunctuationType.WALL_CLOCK_TIME,
                this::emitClosed);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        final CountedResult result;
        try {
            result = reader.read(topic(), record.value());
        } catch (final SerializationException e) {
            metrics.skipped(Skip.UNDECODABLE);
            LOG.warn("result not counted in the metrics ({}): {}", where(), e.getMessage());
            return;
        }
        if (result == null) {
            metrics.skipped(Skip.UNDECODABLE);
            LOG.warn("result not counted in the metrics ({}): record has no value", where());
            return;
        }
        final long completed = result.completedAtMs();
        final long time = completed > 0 ? completed : record.timestamp();
        final long windowStart = time - Math.floorMod(time, windowMs);
        final String library = result.library().isEmpty() ? NO_LIBRARY : result.library();
        final Entry entry = entry(windowStart, result.strategy(), library);
        store.put(entry.key, entry.accumulator.add(result.observation()));
    }

    /** The entry of a window, strategy and library: from memory, else from the store, else new. */
    private Entry entry(final long windowStart, final MigrationStrategy strategy, final String library) {
        WindowEntries window = last;
        if (window == null || window.start != windowStart) {
            window = last = open.computeIfAbsent(windowStart, WindowEntries::new);
        }
        final Map<String, Entry> libraries = window.byStrategy[strategy.ordinal()];
        Entry entry = libraries.get(library);
        if (entry == null) {
            final String key = key(windowStart, strategy, library);
            final Accumulator stored = store.get(key);
            entry = new Entry(key, stored == null ? new Accumulator() : stored);
            libraries.put(library, entry);
        }
        return entry;
    }

    private void emitClosed(final long now) {
        final Map<Long, List<KeyValue<String, Accumulator>>> closed = new TreeMap<>();
        try (KeyValueIterator<String, Accumulator> all = store.all()) {
            while (all.hasNext()) {
                final KeyValue<String, Accumulator> entry = all.next();
                final long windowStart = Long.parseLong(entry.key.substring(0, entry.key.indexOf(SEP)));
                if (windowStart + windowMs + graceMs <= now) {
                    closed.computeIfAbsent(windowStart, w -> new ArrayList<>()).add(entry);
                }
            }
        }
        closed.forEach(this::emitWindow);
    }

    private void emitWindow(final long windowStart, final List<KeyValue<String, Accumulator>> entries) {
        final Map<String, Accumulator> totals = new TreeMap<>();
        for (final KeyValue<String, Accumulator> entry : entries) {
            final String[] parts = entry.key.split("\\|", 3);
            totals.computeIfAbsent(STRATEGY + SEP + parts[1], k -> new Accumulator()).merge(entry.value);
            totals.computeIfAbsent(LIBRARY + SEP + parts[2], k -> new Accumulator()).merge(entry.value);
            totals.computeIfAbsent(ALL + SEP + "*", k -> new Accumulator()).merge(entry.value);
            store.delete(entry.key);
        }
        open.remove(windowStart);
        last = null;
        totals.forEach((key, total) -> context.forward(new Record<>(key, total, windowStart)));
    }

    /** {@code <window start, zero-padded so that keys sort by window>|<strategy>|<library>}. */
    private static String key(final long windowStart, final MigrationStrategy strategy, final String library) {
        final String digits = Long.toString(windowStart);
        return "0".repeat(Math.max(0, 20 - digits.length())) + digits + SEP + strategy.name() + SEP + library;
    }

    /** A store key and its accumulator, the object last put under the key. */
    private record Entry(String key, Accumulator accumulator) {
    }

    /** The entries of one window, by strategy then library. */
    private static final class WindowEntries {

        private final long start;
        @SuppressWarnings("unchecked")
        private final Map<String, Entry>[] byStrategy = new Map[MigrationStrategy.values().length];

        WindowEntries(final long windowStart) {
            this.start = windowStart;
            for (int i = 0; i < byStrategy.length; i++) {
                byStrategy[i] = new HashMap<>();
            }
        }
    }

    private String topic() {
        return context.recordMetadata().map(m -> m.topic()).orElse("results");
    }

    private String where() {
        return context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
    }
}
