package uk.learnersync.provider.web.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.NotPermittedException;

/**
 * What every page needs (the signed-in user and what they may do), and the pages' answers to
 * refusals: a page, never problem+json. Another provider's record is "not found", like a missing one.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    @ModelAttribute("staff")
    StaffAccess.SignedIn staff(Authentication authentication) {
        return StaffAccess.of(authentication);
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** A role that may not take this action, e.g. a TUTOR posting an approval no page offered them. */
    @ExceptionHandler(NotPermittedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notPermitted(NotPermittedException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/403";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/409";
    }
}
