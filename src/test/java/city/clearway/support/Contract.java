package city.clearway.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the committed contract, {@code openapi/clearway.yaml}, with their parameters and body schemas resolved. */
public final class Contract {

    /** A parameter: {@code in} is path, query or header. */
    public record Param(String name, String in, Schema<?> schema, boolean required) {
    }

    /** One operation; {@code body} is null when it takes none, {@code bodyTypes} its media types. */
    public record Operation(String id, String method, String path, List<Param> params, Schema<?> body, Set<String> bodyTypes,
                            boolean signedIn) {

        public List<Param> params(String in) {
            return params.stream().filter(param -> param.in().equals(in)).toList();
        }

        public boolean changesState() {
            return !method.equals("GET");
        }
    }

    private Contract() {
    }

    public static List<Operation> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read("openapi/clearway.yaml", null, options);
        boolean signedInByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
        List<Operation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Param> params = new ArrayList<>();
            for (Parameter parameter : parameters(item, operation)) {
                params.add(new Param(parameter.getName(), parameter.getIn(), parameter.getSchema(), Boolean.TRUE.equals(parameter.getRequired())));
            }
            Schema<?> body = null;
            Set<String> types = new LinkedHashSet<>();
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> types.add(type));
                body = merged(operation.getRequestBody().getContent().values().iterator().next().getSchema());
            }
            boolean signedIn = operation.getSecurity() == null ? signedInByDefault : !operation.getSecurity().isEmpty();
            operations.add(new Operation(operation.getOperationId(), method.name(), path, params, body, types, signedIn));
        }));
        return operations;
    }

    /** A schema with its {@code allOf} parts merged into one object schema, recursively; others as they are. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Schema<?> merged(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema instanceof ComposedSchema composed && composed.getAllOf() != null) {
            Schema merged = new Schema().type("object");
            Map<String, Schema> properties = new LinkedHashMap<>();
            Set<String> required = new LinkedHashSet<>();
            for (Schema<?> part : composed.getAllOf()) {
                Schema<?> resolved = merged(part);
                if (resolved.getProperties() != null) {
                    properties.putAll(resolved.getProperties());
                }
                if (resolved.getRequired() != null) {
                    required.addAll(resolved.getRequired());
                }
            }
            merged.setProperties(properties);
            merged.setRequired(new ArrayList<>(required));
            return merged;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, merged(property)));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(merged(schema.getItems()));
        }
        return schema;
    }

    private static List<Parameter> parameters(PathItem item, io.swagger.v3.oas.models.Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }
}
