package uk.learnersync.epaplatform.faults.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.epaplatform.faults.FaultMode;
import uk.learnersync.epaplatform.faults.FaultSettings;
import uk.learnersync.epaplatform.faults.Faults;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

@RestController
@RequestMapping("/admin/faults")
@Tag(name = "Operator")
@SecurityRequirement(name = "operatorToken")
class FaultAdminController {

    private final Faults faults;

    FaultAdminController(Faults faults) {
        this.faults = faults;
    }

    record FaultRequest(@Schema(allowableValues = {"NONE", "DOWN", "ERRORS", "SLOW", "REJECT"}) String mode,
                        @Schema(description = "ERRORS: share of calls that fail, 0 to 1 (default 0.3)") Double errorRate,
                        @Schema(description = "SLOW: delay in ms, 0 to 60000 (default 2000)") Integer delayMs,
                        @Schema(description = "Only the calls of this provider's connections (8 digits); "
                                + "absent: the global fault", nullable = true) String providerUkprn) {
    }

    /** A fault as set: {@code providerUkprn} is null for the global one. */
    record FaultResource(String providerUkprn, FaultMode mode, double errorRate, int delayMs) {

        static FaultResource of(Ukprn providerUkprn, FaultSettings settings) {
            return new FaultResource(providerUkprn == null ? null : providerUkprn.value(), settings.mode(), settings.errorRate(), settings.delayMs());
        }
    }

    /** The global fault (mode NONE when there is none) and every provider's own. */
    record ActiveFaults(FaultMode mode, double errorRate, int delayMs, List<FaultResource> scoped) {
    }

    @PutMapping
    @Operation(operationId = "setFaults", summary = "Switch a fault on the provider-facing API",
            description = "DOWN answers 503; ERRORS fails a share of calls with 500, applying nothing; SLOW answers "
                    + "late; REJECT refuses every write with 422; NONE restores. With providerUkprn, only the calls "
                    + "of that provider's connections are affected, and they meet that fault instead of the global "
                    + "one; NONE with providerUkprn clears that provider's fault, NONE without clears every fault. "
                    + "Not persisted; /admin, the pages and /actuator are never affected.")
    FaultResource set(@RequestBody FaultRequest request) {
        FieldChecks checks = new FieldChecks();
        FaultMode mode = checks.required("mode", request.mode(), FaultAdminController::mode);
        Double errorRate = checks.optional("errorRate", request.errorRate(), FaultAdminController::rate);
        Integer delayMs = checks.optional("delayMs", request.delayMs(), FaultAdminController::delay);
        Ukprn ukprn = checks.optional("providerUkprn", request.providerUkprn(), Ukprn::of);
        checks.throwIfAny();
        FaultSettings settings = new FaultSettings(mode,
                errorRate == null ? FaultSettings.DEFAULT_ERROR_RATE : errorRate,
                delayMs == null ? FaultSettings.DEFAULT_DELAY_MS : delayMs);
        return FaultResource.of(ukprn,
                ukprn == null ? faults.setGlobal(settings) : faults.setForProvider(ukprn, settings));
    }

    @GetMapping
    @Operation(operationId = "getFaults", summary = "The faults in force",
            description = "The global fault (mode NONE when there is none) and, in scoped, each provider's own.")
    ActiveFaults get() {
        FaultSettings global = faults.global();
        return new ActiveFaults(global.mode(), global.errorRate(), global.delayMs(),
                faults.scoped().entrySet().stream()
                        .map(entry -> FaultResource.of(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private static FaultMode mode(String raw) {
        return Arrays.stream(FaultMode.values())
                .filter(mode -> mode.name().equals(raw.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("must be one of " + Arrays.toString(FaultMode.values())));
    }

    private static Double rate(Double rate) {
        if (rate < 0 || rate > 1) {
            throw new InvalidValueException("must be from 0 to 1");
        }
        return rate;
    }

    private static Integer delay(Integer delayMs) {
        if (delayMs < 0 || delayMs > FaultSettings.MAX_DELAY_MS) {
            throw new InvalidValueException("must be from 0 to " + FaultSettings.MAX_DELAY_MS);
        }
        return delayMs;
    }
}
