package city.clearway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token an office page's session cookie carries. */
final class OfficeSessionRequest extends BaseAuthenticationRequest {

    private final String token;

    OfficeSessionRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
