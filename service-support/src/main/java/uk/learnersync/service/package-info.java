/**
 * What the provider service and the EPA platform both need around their own web layers: bearer-token
 * sign-in with a problem+json 401 ({@link uk.learnersync.service.BearerTokenSecurity}), every refusal
 * as RFC 9457 problem+json ({@link uk.learnersync.service.ProblemJsonExceptionHandler}), the operator's
 * token kept in the data directory ({@link uk.learnersync.service.OperatorToken}) and the start-up
 * banner ({@link uk.learnersync.service.StartupBanner}).
 */
package uk.learnersync.service;
