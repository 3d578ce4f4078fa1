package city.clearway.support;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte on a socket, for requests no well-behaved client library will send: malformed
 * header values, raw bytes in the request line, bodies that lie about their length. One request per connection.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final String method;
    private final String target;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private boolean declareLength = true;

    private RawHttp(String method, String target) {
        this.method = method;
        this.target = target;
    }

    /** A request for {@code target} exactly as given: nothing is encoded. */
    public static RawHttp request(String method, String target) {
        return new RawHttp(method, target);
    }

    public RawHttp header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    public RawHttp basic(String username, String password) {
        return header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public RawHttp body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    public RawHttp body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the body without a Content-Length of its own (give one, or Transfer-Encoding, as a header). */
    public RawHttp undeclaredLength() {
        this.declareLength = false;
        return this;
    }

    /** Sends the request to the service under test and reads the whole answer. */
    public Answer send() {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        write(head, method + " " + target + " HTTP/1.1\r\n");
        write(head, "Host: localhost:" + RestAssured.port + "\r\n");
        for (String[] header : headers) {
            write(head, header[0] + ": " + header[1] + "\r\n");
        }
        if (body != null && declareLength) {
            write(head, "Content-Length: " + body.length + "\r\n");
        }
        write(head, "Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server answered before reading everything (a body over the limit): read what it said.
            }
            return Answer.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + method + " " + target, e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A status, headers (names in lower case) and the body, de-chunked. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static Answer read(InputStream in) throws IOException {
            byte[] all = readAll(in);
            int at = 0;
            while (true) {
                int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
                if (end < 0) {
                    throw new IOException("No complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
                }
                String[] lines = new String(all, at, end - at, StandardCharsets.ISO_8859_1).split("\r\n");
                int status = Integer.parseInt(lines[0].split(" ")[1]);
                at = end + 4;
                if (status >= 100 && status < 200) {
                    continue;
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).strip());
                }
                byte[] rest = java.util.Arrays.copyOfRange(all, at, all.length);
                boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"));
                return new Answer(status, headers, chunked ? dechunk(rest) : rest);
            }
        }

        private static byte[] readAll(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            try {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException | java.net.SocketException stoppedReading) {
                // keep what arrived: a reset after the answer is a server closing a connection it stopped reading
            }
            return out.toByteArray();
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] haystack, byte[] needle, int from) {
            outer:
            for (int i = from; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
