/**
 * A connection's decrypted credentials, for the connector alone ({@code epapro}): the sync engine and
 * the pages name a connection by its ID and never see its token (checked by {@code ModularityTests}).
 */
@NamedInterface("credentials")
package uk.learnersync.provider.epa.credentials;

import org.springframework.modulith.NamedInterface;
