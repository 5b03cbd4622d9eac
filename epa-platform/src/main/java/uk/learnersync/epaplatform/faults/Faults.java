package uk.learnersync.epaplatform.faults;

import org.springframework.stereotype.Component;

/** The fault switch. It is not persisted: a restart brings normal service back. */
@Component
public class Faults {

    private volatile FaultSettings current = FaultSettings.NONE;

    public FaultSettings current() {
        return current;
    }

    public FaultSettings set(FaultSettings settings) {
        current = settings;
        return settings;
    }
}
