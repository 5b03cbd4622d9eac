package uk.learnersync.epaplatform.apprentices;

/**
 * Where an apprentice stands at a point of its timeline: its status, the gateway confirmed (null
 * before it, or after a return into learning for a retake) and the latest result.
 */
public record Standing(ApprenticeStatus status, Gateway gateway, Result result) {

    static Standing registered(ApprenticeStatus status) {
        return new Standing(status, null, null);
    }

    Standing movedTo(ApprenticeStatus next) {
        return new Standing(next, gateway, result);
    }

    Standing withGateway(Gateway confirmed) {
        return new Standing(status, confirmed, result);
    }

    /** A result moves the status as its grade says; it needs a confirmed gateway. */
    Standing withResult(Result recorded) {
        LifecycleEvent event = recorded.grade().isPass() ? LifecycleEvent.PASSED : LifecycleEvent.FAILED;
        ApprenticeStatus next = Lifecycle.require(status, event);
        if (gateway == null) {
            throw new Refusal(RefusalCode.TRANSITION_NOT_ALLOWED, "A result needs a confirmed gateway");
        }
        return new Standing(next, gateway, recorded);
    }
}
