package uk.learnersync.provider.automations;

import java.util.Collection;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.staff.StaffRole;

/**
 * Who decides on an automation, and whether they may: a provider API token may, and so may a
 * provider user with the role {@code APPROVER} or {@code ADMIN}.
 *
 * @param origin     the person or credential, and the channel they act through
 * @param mayApprove whether they hold the right to approve or reject
 */
public record Approver(ChangeOrigin origin, boolean mayApprove) {

    /** A client of the provider API: its tokens act for the provider as a whole. */
    public static Approver apiToken(ChangeOrigin origin) {
        return new Approver(origin, true);
    }

    /** A signed-in provider user with these roles. */
    public static Approver person(ChangeOrigin origin, Collection<StaffRole> roles) {
        return new Approver(origin, roles.contains(StaffRole.APPROVER) || roles.contains(StaffRole.ADMIN));
    }

    public String actor() {
        return origin.actor();
    }
}
