package uk.learnersync.epaplatform.faults;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

import uk.learnersync.epaplatform.organisations.Ukprn;

/**
 * The fault switch: one optional global fault and any number scoped to one provider each, so that
 * tests of different providers can fail their own platform calls side by side. Kept in memory only:
 * a restart brings normal service back.
 */
@Component
public class Faults {

    private volatile FaultSettings global = FaultSettings.NONE;
    private final ConcurrentMap<Ukprn, FaultSettings> byProvider = new ConcurrentHashMap<>();

    /** The global fault; {@code NONE} clears it and every provider's fault too. */
    public FaultSettings setGlobal(FaultSettings settings) {
        global = settings;
        if (settings.mode() == FaultMode.NONE) {
            byProvider.clear();
        }
        return settings;
    }

    /** A fault for the calls of one provider's connections only; {@code NONE} clears it. */
    public FaultSettings setForProvider(Ukprn providerUkprn, FaultSettings settings) {
        if (settings.mode() == FaultMode.NONE) {
            byProvider.remove(providerUkprn);
        } else {
            byProvider.put(providerUkprn, settings);
        }
        return settings;
    }

    public FaultSettings global() {
        return global;
    }

    /** The faults scoped to a provider, by UKPRN, in UKPRN order. */
    public Map<Ukprn, FaultSettings> scoped() {
        Map<Ukprn, FaultSettings> sorted = new TreeMap<>(Comparator.comparing(Ukprn::value));
        sorted.putAll(byProvider);
        return sorted;
    }

    /**
     * The fault a call meets: its provider's own when one is set (the narrower switch wins), else the
     * global one. A call whose token names no connection meets the global one.
     */
    public FaultSettings forCall(Optional<Ukprn> providerUkprn) {
        return providerUkprn.map(byProvider::get).orElse(global);
    }
}
