package uk.learnersync.provider.web.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.staff.StaffUser;
import uk.learnersync.provider.staff.StaffUserManagement;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * Who did something, as staff know them: a colleague by name rather than {@code user:ann@…}, and a
 * credential or the service itself in words. Built once per page from the provider's users.
 */
@Component
class People {

    private static final String USER = "user:";
    private static final String EPA_PLATFORM = "epa-platform:";

    private final StaffUserManagement users;
    private final CurrentProvider provider;

    People(StaffUserManagement users, CurrentProvider provider) {
        this.users = users;
        this.provider = provider;
    }

    /** The signed-in provider's people, to name actors with on one page. */
    Names names() {
        return new Names(users.list(provider.id()).stream()
                .collect(Collectors.toMap(user -> USER + user.email(), StaffUser::name, (first, second) -> first)));
    }

    /** Actors as names: a user's name (their email if they have left), or what the credential is. */
    record Names(Map<String, String> byActor) {

        public String of(String actor) {
            if (actor == null) {
                return "";
            }
            String name = byActor.get(actor);
            if (name != null) {
                return name;
            }
            if (actor.startsWith(USER)) {
                return actor.substring(USER.length());
            }
            if (actor.startsWith("api-token:")) {
                return "an API client";
            }
            if (actor.startsWith("ilr-import:")) {
                return "an ILR file import";
            }
            if (actor.startsWith(EPA_PLATFORM)) {
                return "the EPA platform of " + actor.substring(EPA_PLATFORM.length());
            }
            return switch (actor) {
                case "operator" -> "the LearnerSync operator";
                case "demo-data" -> "the demo data";
                case "learnersync:daily" -> "the daily reconciliation";
                default -> "LearnerSync";
            };
        }

        /** Whether the actor is the signed-in person. */
        public boolean isMe(String actor, String email) {
            return (USER + email).equals(actor);
        }
    }
}
