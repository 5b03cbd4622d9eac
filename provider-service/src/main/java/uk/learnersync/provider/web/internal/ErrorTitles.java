package uk.learnersync.provider.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Marks a page that shows an error (a form's field errors or a refusal of the whole action) so that the
 * layout starts its title with "Error: ", as GOV.UK asks: a screen reader then hears it first.
 */
class ErrorTitles implements HandlerInterceptor {

    /** Model attributes that hold a refusal shown as an error summary. */
    private static final List<String> REFUSALS = List.of("problem", "failed", "locked");

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        boolean error = page.getModel().values().stream().anyMatch(value -> value instanceof Form form && form.hasErrors())
                || REFUSALS.stream().anyMatch(name -> isSet(page.getModel().get(name)));
        page.addObject("errorTitle", error);
    }

    private static boolean isSet(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }
}
