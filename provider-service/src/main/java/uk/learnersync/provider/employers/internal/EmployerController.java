package uk.learnersync.provider.employers.internal;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerAddressDetails;
import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerDetails;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ETagged;
import uk.learnersync.provider.shared.ETags;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.shared.MergePatch;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers", description = "Employers and their addresses; a change reaches the EPA record of every "
        + "linked learner (EM-1..EM-3)")
class EmployerController {

    private final EmployerManagement employers;
    private final CurrentProvider provider;
    private final MergePatch mergePatch;

    EmployerController(EmployerManagement employers, CurrentProvider provider, MergePatch mergePatch) {
        this.employers = employers;
        this.provider = provider;
        this.mergePatch = mergePatch;
    }

    record EmployerRequest(String name, String empId, List<AddressRequest> addresses) {
    }

    /** The fields a PATCH of the employer may change; addresses have their own resource. */
    record EmployerPatch(String name, String empId) {

        static EmployerPatch of(EmployerDetails details) {
            return new EmployerPatch(details.name(), details.empId() == null ? null : details.empId().value());
        }
    }

    record AddressRequest(String line1, String line2, String line3, String town, String postcode) {

        static AddressRequest of(EmployerAddressDetails details) {
            return new AddressRequest(details.line1(), details.line2(), details.line3(), details.town(),
                    details.postcode().value());
        }
    }

    record EmployerResource(String id, String name, String empId, List<AddressResource> addresses) {

        static EmployerResource of(Employer employer) {
            return new EmployerResource(employer.id().toString(), employer.name(),
                    employer.empId() == null ? null : employer.empId().value(),
                    employer.addresses().stream().map(AddressResource::of).toList());
        }
    }

    record AddressResource(String id, String line1, String line2, String line3, String town, String postcode) {

        static AddressResource of(EmployerAddress address) {
            return new AddressResource(address.id().toString(), address.line1(), address.line2(), address.line3(),
                    address.town(), address.postcode().value());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an employer with at least one address",
            description = "empId is the employer's ERN (EmpId), 9 digits, optional. Address lines and town are ILR "
                    + "address lines: at most 50 characters of ESFA's set (letters, digits, spaces and "
                    + "~!@&'\\()*+,-./:;).")
    @ETagged
    ResponseEntity<EmployerResource> create(@RequestBody EmployerRequest request) {
        FieldChecks checks = new FieldChecks();
        EmployerDetails details = EmployerDetails.parse(checks, request.name(), request.empId());
        List<EmployerAddressDetails> addresses = new ArrayList<>();
        if (request.addresses() == null || request.addresses().isEmpty()) {
            checks.reject("addresses", "must list at least one address");
        } else {
            for (int i = 0; i < request.addresses().size(); i++) {
                AddressRequest address = request.addresses().get(i);
                if (address == null) {
                    checks.reject("addresses[" + i + "]", "is required");
                } else {
                    addresses.add(parse(checks, "addresses[" + i + "].", address));
                }
            }
        }
        checks.throwIfAny();
        return ETags.created(employers.create(provider.id(), details, addresses, provider.origin(Channel.API)),
                EmployerResource::of);
    }

    @GetMapping
    @Operation(summary = "List the provider's employers", description = "q: only those whose name contains it, in any case")
    Map<String, List<EmployerResource>> list(@RequestParam(required = false) String q) {
        String nameContains = q == null || q.isBlank() ? null : q.strip();
        return Map.of("items", employers.list(provider.id(), nameContains).stream().map(EmployerResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an employer with its addresses",
            description = "Its ETag changes with its name, its EmpId and any of its addresses")
    @ETagged
    ResponseEntity<EmployerResource> get(@PathVariable UUID id) {
        return ETags.ok(employers.get(provider.id(), new EmployerId(id)), EmployerResource::of);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change an employer's name or EmpId (JSON merge patch)",
            description = "Synced to the EPA record of every linked learner (EM-3). Addresses are changed through "
                    + "their own resource.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = EmployerPatch.class))))
    @ETagged
    ResponseEntity<EmployerResource> patch(@PathVariable UUID id,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody JsonNode patch) {
        return ETags.ok(employers.update(provider.id(), new EmployerId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> validate(mergePatch.apply(EmployerPatch.of(current), ofEmployerFields(patch),
                        EmployerPatch.class)),
                provider.origin(Channel.API)), EmployerResource::of);
    }

    /** The patch, refused if it would change the addresses: they have their own resource. */
    private static JsonNode ofEmployerFields(JsonNode patch) {
        if (patch != null && patch.has("addresses")) {
            throw InvalidInputException.of("addresses",
                    "cannot be changed here: use POST or PATCH /api/v1/employers/{id}/addresses");
        }
        return patch;
    }

    @PostMapping("/{id}/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an address to an employer",
            description = "Learners are linked to one of their employer's addresses (their workplace); a new address "
                    + "reaches no learner until one is linked to it.")
    @ETagged
    ResponseEntity<AddressResource> addAddress(@PathVariable UUID id, @RequestBody AddressRequest request) {
        EmployerAddressDetails details = validate(request);
        return ETags.created(employers.addAddress(provider.id(), new EmployerId(id), details,
                provider.origin(Channel.API)), AddressResource::of);
    }

    @GetMapping("/{id}/addresses/{addressId}")
    @Operation(summary = "Read one of an employer's addresses",
            description = "With its ETag, for a PATCH of the address with If-Match.")
    @ETagged
    ResponseEntity<AddressResource> getAddress(@PathVariable UUID id, @PathVariable UUID addressId) {
        return ETags.ok(employers.getAddress(provider.id(), new EmployerId(id), new EmployerAddressId(addressId)),
                AddressResource::of);
    }

    @PatchMapping(path = "/{id}/addresses/{addressId}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change an employer's address (JSON merge patch)",
            description = "Synced to the EPA record of every learner working there (EM-3)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AddressRequest.class))))
    @ETagged
    ResponseEntity<AddressResource> patchAddress(@PathVariable UUID id, @PathVariable UUID addressId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody JsonNode patch) {
        return ETags.ok(employers.updateAddress(provider.id(), new EmployerId(id), new EmployerAddressId(addressId),
                ExpectedVersion.ifMatch(ifMatch),
                current -> validate(mergePatch.apply(AddressRequest.of(current), patch, AddressRequest.class)),
                provider.origin(Channel.API)), AddressResource::of);
    }

    private static EmployerDetails validate(EmployerPatch request) {
        FieldChecks checks = new FieldChecks();
        EmployerDetails details = EmployerDetails.parse(checks, request.name(), request.empId());
        checks.throwIfAny();
        return details;
    }

    private static EmployerAddressDetails validate(AddressRequest request) {
        FieldChecks checks = new FieldChecks();
        EmployerAddressDetails details = parse(checks, "", request);
        checks.throwIfAny();
        return details;
    }

    private static EmployerAddressDetails parse(FieldChecks checks, String prefix, AddressRequest request) {
        return EmployerAddressDetails.parse(checks, prefix, request.line1(), request.line2(), request.line3(),
                request.town(), request.postcode());
    }
}
