package city.clearway.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, as throttles and rate limits count it: the peer of the connection, or the client
 * named by a trusted proxy ({@code quarkus.http.proxy.*}).
 */
public final class ClientAddress {

    private static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress peer = request == null ? null : request.remoteAddress();
        String host = peer == null ? null : peer.hostAddress();
        return host == null || host.isEmpty() ? UNKNOWN : host;
    }
}
