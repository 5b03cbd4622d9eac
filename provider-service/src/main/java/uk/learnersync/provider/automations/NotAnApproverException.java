package uk.learnersync.provider.automations;

import uk.learnersync.provider.shared.NotPermittedException;

/** The person may not approve or reject automations: they hold neither APPROVER nor ADMIN (answered with 403). */
public class NotAnApproverException extends NotPermittedException {

    public NotAnApproverException(String actor) {
        super(actor + " may not approve or reject automations: that needs the role APPROVER or ADMIN");
    }
}
