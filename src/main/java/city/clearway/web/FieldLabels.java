package city.clearway.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The labels of form fields by the name a refusal gives them: a refusal names its fields as the request does
 * ({@code releasedToNationalId}, {@code releasedTo.companyNationalId}), so the label is found by name among the
 * {@code field_*} texts of {@link OfficeTexts} ({@code field_releasedTo_companyNationalId}).
 */
final class FieldLabels {

    private static final String PREFIX = "field_";
    private static final Map<String, Method> BY_NAME = Arrays.stream(OfficeTexts.class.getMethods())
            .filter(method -> method.getName().startsWith(PREFIX) && method.getParameterCount() == 0)
            .collect(Collectors.toUnmodifiableMap(method -> method.getName().substring(PREFIX.length()), method -> method));

    private FieldLabels() {
    }

    static String of(OfficeTexts texts, String name) {
        Method label = BY_NAME.get(name.replace('.', '_'));
        if (label == null) {
            return name;
        }
        try {
            return (String) label.invoke(texts);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The label of " + name, e);
        }
    }
}
