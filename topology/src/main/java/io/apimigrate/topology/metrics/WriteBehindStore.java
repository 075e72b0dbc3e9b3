package io.apimigrate.topology.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A key-value store that keeps the values put since the last commit as live objects and writes
 * them to the store below it (and so to its changelog) when Kafka Streams flushes its caches,
 * which it does before every commit, inside the transaction under exactly-once. It does what
 * Kafka Streams' record cache does for a store, without serializing every value on every put:
 * a value put many times between two commits (a running total) is serialized once per commit.
 *
 * <p>The values are kept by reference: a caller may go on changing a value it put, and the
 * state at the next commit is what gets written. Reads see the latest put. Scans (used by a
 * punctuation) first write the pending values down. Like every store of a task, it is used by
 * that task's stream thread only; it serves no interactive queries of pending values.
 *
 * <p>The flush hook is Kafka Streams' {@code CachedStateStore} interface, which
 * {@code ProcessorStateManager.flushCache} calls on the registered (outermost) store of every
 * task before it commits; it is internal to Kafka Streams, so {@code WriteBehindStoreTest}
 * checks the changelog after commits through {@code TopologyTestDriver}, which commits the same
 * way.
 *
 * @param <K> key type
 * @param <V> value type, typically mutable
 */
public final class WriteBehindStore<K, V> implements KeyValueStore<K, V>, CachedStateStore<K, V> {

    private final KeyValueStore<K, V> inner;
    private final Map<K, V> pending = new HashMap<>();

    private WriteBehindStore(final KeyValueStore<K, V> inner) {
        this.inner = inner;
    }

    /**
     * A builder of write-behind stores over the stores {@code inner} builds, which should have
     * caching disabled (this store is the cache) and logging as wanted.
     */
    public static <K, V> StoreBuilder<WriteBehindStore<K, V>> builder(final StoreBuilder<KeyValueStore<K, V>> inner) {
        return new Builder<>(inner);
    }

    @Override
    public void flushCache() {
        if (pending.isEmpty()) {
            return;
        }
        for (final Map.Entry<K, V> entry : pending.entrySet()) {
            inner.put(entry.getKey(), entry.getValue());
        }
        pending.clear();
    }

    @Override
    public void clearCache() {
        pending.clear();
    }

    @Override
    public boolean setFlushListener(final CacheFlushListener<K, V> listener, final boolean sendOldValues) {
        return false;
    }

    @Override
    public V get(final K key) {
        final V value = pending.get(key);
        return value != null ? value : inner.get(key);
    }

    @Override
    public void put(final K key, final V value) {
        if (value == null) {
            delete(key);
            return;
        }
        pending.put(key, value);
    }

    @Override
    public V putIfAbsent(final K key, final V value) {
        final V current = get(key);
        if (current == null) {
            put(key, value);
        }
        return current;
    }

    @Override
    public void putAll(final List<KeyValue<K, V>> entries) {
        for (final KeyValue<K, V> entry : entries) {
            put(entry.key, entry.value);
        }
    }

    @Override
    public V delete(final K key) {
        final V value = pending.remove(key);
        final V stored = inner.delete(key);
        return value != null ? value : stored;
    }

    @Override
    public KeyValueIterator<K, V> range(final K from, final K to) {
        flushCache();
        return inner.range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(final K from, final K to) {
        flushCache();
        return inner.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        flushCache();
        return inner.all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        flushCache();
        return inner.reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(final P prefix, final PS prefixKeySerializer) {
        flushCache();
        return inner.prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return inner.approximateNumEntries() + pending.size();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(final StateStoreContext context, final StateStore root) {
        pending.clear();
        inner.init(context, root);
    }

    @Override
    public void commit(final Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
    }

    @Override
    public Long committedOffset(final TopicPartition partition) {
        return inner.committedOffset(partition);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public void close() {
        pending.clear();
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(final Query<R> query, final PositionBound positionBound, final QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return inner.approximateNumUncommittedBytes();
    }

    private static final class Builder<K, V> implements StoreBuilder<WriteBehindStore<K, V>> {

        private final StoreBuilder<KeyValueStore<K, V>> inner;

        Builder(final StoreBuilder<KeyValueStore<K, V>> inner) {
            this.inner = inner;
        }

        @Override
        public StoreBuilder<WriteBehindStore<K, V>> withCachingEnabled() {
            throw new UnsupportedOperationException("a write-behind store is its own cache");
        }

        @Override
        public StoreBuilder<WriteBehindStore<K, V>> withCachingDisabled() {
            inner.withCachingDisabled();
            return this;
        }

        @Override
        public StoreBuilder<WriteBehindStore<K, V>> withLoggingEnabled(final Map<String, String> config) {
            inner.withLoggingEnabled(config);
            return this;
        }

        @Override
        public StoreBuilder<WriteBehindStore<K, V>> withLoggingDisabled() {
            inner.withLoggingDisabled();
            return this;
        }

        @Override
        public WriteBehindStore<K, V> build() {
            return new WriteBehindStore<>(inner.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
