package id.jamsostek.core.simulator.tariff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Values per key that change on effective dates: the value in force on a date is the one of the latest
 * effective date not after it.
 */
final class EffectiveDated<K, V> {

    private final Map<K, NavigableMap<LocalDate, V>> byKey = new HashMap<>();

    void put(K key, LocalDate effectiveFrom, V value) {
        V previous = byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(effectiveFrom, value);
        if (previous != null) {
            throw new IllegalStateException("two rows for " + key + " from " + effectiveFrom);
        }
    }

    Optional<V> inForceOn(K key, LocalDate date) {
        NavigableMap<LocalDate, V> history = byKey.get(key);
        if (history == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, V> entry = history.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    boolean hasKey(K key) {
        return byKey.containsKey(key);
    }
}
