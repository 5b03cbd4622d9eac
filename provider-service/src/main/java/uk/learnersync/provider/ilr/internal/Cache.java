package uk.learnersync.provider.ilr.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one import has found or created so far, so that each learner does not look it up again. An
 * entry created in a learner's transaction counts only once that transaction commits.
 */
final class Cache<K, V> {

    private final Map<K, V> committed = new HashMap<>();
    private final Map<K, V> pending = new HashMap<>();

    void put(K key, V value) {
        committed.putIfAbsent(key, value);
    }

    /** The known value, if any; nothing is created. */
    Optional<V> peek(K key) {
        V value = committed.get(key);
        return Optional.ofNullable(value == null ? pending.get(key) : value);
    }

    /** The known value, else what {@code create} gives; a {@code null} from it is not remembered. */
    V get(K key, Supplier<V> create) {
        V value = committed.get(key);
        if (value == null) {
            value = pending.get(key);
        }
        if (value == null) {
            value = create.get();
            if (value != null) {
                pending.put(key, value);
            }
        }
        return value;
    }

    void commit() {
        committed.putAll(pending);
        pending.clear();
    }

    void rollback() {
        pending.clear();
    }
}
