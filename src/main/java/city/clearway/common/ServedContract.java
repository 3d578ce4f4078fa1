package city.clearway.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code /q/openapi} serves: the committed contracts ({@code openapi/clearway.yaml}, and
 * {@code openapi/open311.yaml} beside it) as one document, in YAML or, when asked ({@code ?format=json} or an
 * {@code Accept} of {@code application/json}), in JSON. It is put together on the first request rather than at every
 * start (it is 200 kB, and a replica that is never asked for it should not pay for it), then kept. The Clearway
 * contract gives the document its title and its default sign-in; Open311's operations keep the sign-in their own
 * contract gives them (none: citizens' apps call them with an {@code api_key}).
 */
@ApplicationScoped
public class ServedContract {

    private static final String PATH = "/q/openapi";
    private static final String MAIN = "META-INF/openapi/clearway.yaml";
    private static final String BESIDE = "META-INF/openapi/open311.yaml";
    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private volatile Documents documents;

    void install(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext context) {
        boolean json = wantsJson(context.request().getParam("format"), context.request().getHeader(HttpHeaders.ACCEPT));
        Documents served = documents();
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, json ? JSON : YAML)
                .end(Buffer.buffer(json ? served.json() : served.yaml()));
    }

    private static boolean wantsJson(String format, String accept) {
        if (format != null) {
            return format.toLowerCase(Locale.ROOT).equals("json");
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    private Documents documents() {
        Documents built = documents;
        if (built == null) {
            synchronized (this) {
                built = documents;
                if (built == null) {
                    built = documents = Documents.of(merged(read(MAIN), read(BESIDE)));
                }
            }
        }
        return built;
    }

    /** The main contract with the paths, components and tags of the one beside it added; a name both give is an error. */
    static ObjectNode merged(ObjectNode main, ObjectNode beside) {
        ObjectNode document = main.deepCopy();
        JsonNode besideSecurity = beside.get("security");
        ObjectNode paths = document.withObjectProperty("paths");
        beside.path("paths").properties().forEach(path -> {
            ObjectNode item = path.getValue().deepCopy();
            if (besideSecurity != null) {
                item.properties().stream()
                        .filter(operation -> OPERATIONS.contains(operation.getKey()) && operation.getValue().isObject()
                                && !operation.getValue().has("security"))
                        .forEach(operation -> ((ObjectNode) operation.getValue()).set("security", besideSecurity.deepCopy()));
            }
            addNew(paths, path.getKey(), item);
        });
        ObjectNode components = document.withObjectProperty("components");
        beside.path("components").properties().forEach(section -> {
            ObjectNode mine = components.withObjectProperty(section.getKey());
            section.getValue().properties().forEach(entry -> addNew(mine, entry.getKey(), entry.getValue().deepCopy()));
        });
        ArrayNode tags = document.withArrayProperty("tags");
        Set<String> tagged = new HashSet<>();
        tags.forEach(tag -> tagged.add(tag.path("name").asText()));
        for (JsonNode tag : beside.path("tags")) {
            if (tagged.add(tag.path("name").asText())) {
                tags.add(tag.deepCopy());
            }
        }
        return document;
    }

    private static void addNew(ObjectNode into, String name, JsonNode value) {
        if (into.has(name)) {
            throw new IllegalStateException("Both contracts define '" + name + "'");
        }
        into.set(name, value);
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return (ObjectNode) new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Documents(byte[] yaml, byte[] json) {
        static Documents of(ObjectNode document) {
            try {
                return new Documents(new YAMLMapper().writeValueAsBytes(document),
                        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
