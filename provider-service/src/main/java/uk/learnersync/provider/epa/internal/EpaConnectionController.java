package uk.learnersync.provider.epa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionDetails;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/epa-connections")
@Tag(name = "EPA connections", description = "Connections to EPAOs' EPA platforms; the API token is write-only")
class EpaConnectionController {

    private final EpaConnectionManagement connections;
    private final Epaos epaos;
    private final CurrentProvider provider;

    EpaConnectionController(EpaConnectionManagement connections, Epaos epaos, CurrentProvider provider) {
        this.connections = connections;
        this.epaos = epaos;
        this.provider = provider;
    }

    record ConnectionRequest(String epaoId, String baseUrl, String apiToken) {

        @Override
        public String toString() {
            return "ConnectionRequest[epaoId=" + epaoId + ", baseUrl=" + baseUrl + ", apiToken=<hidden>]";
        }
    }

    record TokenRequest(String apiToken) {

        @Override
        public String toString() {
            return "TokenRequest[apiToken=<hidden>]";
        }
    }

    /**
     * Deliberately without the token: it is never returned. {@code state} is REFUSED while the platform
     * refuses the credentials; {@code stateDetail} then quotes its answer.
     */
    record ConnectionResource(String id, String epaoId, String baseUrl, String state, Instant stateSince,
                              String stateDetail) {

        static ConnectionResource of(EpaConnection connection) {
            return new ConnectionResource(connection.id().toString(), connection.epaoId().value(), connection.baseUrl(),
                    connection.state().name(), connection.stateSince(), connection.stateDetail());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Connect to an EPAO's EPA platform",
            description = "epaoId: EPA and 4 digits, or the assessment organisation's UKPRN (a UKPRN the register "
                    + "knows is that organisation). At most one live connection per EPAO (409 otherwise); the token "
                    + "is stored encrypted")
    ConnectionResource create(@RequestBody ConnectionRequest request) {
        FieldChecks checks = new FieldChecks();
        EpaConnectionDetails details = EpaConnectionDetails.parse(checks, request.epaoId(), request.baseUrl(),
                request.apiToken(), epaoId -> epaos.resolve(provider.id(), epaoId));
        checks.throwIfAny();
        return ConnectionResource.of(connections.connect(provider.id(), details, provider.origin(Channel.API)));
    }

    @GetMapping
    @Operation(summary = "List the provider's live connections",
            description = "Each with its state: OK, or REFUSED while the platform refuses its credentials (CV-2). "
                    + "Tokens are never returned.")
    Map<String, List<ConnectionResource>> list() {
        return Map.of("items", connections.list(provider.id()).stream().map(ConnectionResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a live connection",
            description = "Its EPAO, platform address and state; the token is never returned.")
    ConnectionResource get(@PathVariable UUID id) {
        return ConnectionResource.of(connections.get(provider.id(), new EpaConnectionId(id)));
    }

    @PutMapping("/{id}/token")
    @Operation(summary = "Replace a connection's credentials",
            description = "Every registration through the connection stays; deliveries waiting on it go again (CV-2)")
    ConnectionResource replaceToken(@PathVariable UUID id, @RequestBody TokenRequest request) {
        connections.get(provider.id(), new EpaConnectionId(id));
        FieldChecks checks = new FieldChecks();
        String token = checks.required("apiToken", request.apiToken(), EpaConnectionDetails::apiToken);
        checks.throwIfAny();
        return ConnectionResource.of(connections.replaceToken(provider.id(), new EpaConnectionId(id), token,
                provider.origin(Channel.API)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a connection",
            description = "Nothing more is sent through it; its history stays. 409, saying how many, while learners "
                    + "are registered through it or deliveries wait on it (CV-2)")
    void delete(@PathVariable UUID id) {
        connections.remove(provider.id(), new EpaConnectionId(id), provider.origin(Channel.API));
    }
}
