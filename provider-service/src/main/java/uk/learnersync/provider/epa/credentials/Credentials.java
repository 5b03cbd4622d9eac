package uk.learnersync.provider.epa.credentials;

/** What calling a connection's platform takes: its address and its decrypted bearer token. */
public record Credentials(String baseUrl, String apiToken) {

    @Override
    public String toString() {
        return "Credentials[baseUrl=" + baseUrl + ", apiToken=<hidden>]";
    }
}
