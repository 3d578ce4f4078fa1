package city.clearway.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The labels of form fields by the name a refusal gives them: a refusal names its fields as the request does
 * ({@code releasedToNationalId}, {@code releasedTo.companyNationalId}), so the label is found by name among the
 * texts of {@link FieldTexts} ({@code releasedTo_companyNationalId}).
 */
final class FieldLabels {

    private static final Map<String, Method> BY_NAME = Arrays.stream(FieldTexts.class.getMethods())
            .filter(method -> method.getParameterCount() == 0)
            .collect(Collectors.toUnmodifiableMap(Method::getName, method -> method));

    private FieldLabels() {
    }

    static String of(FieldTexts labels, String name) {
        Method label = BY_NAME.get(name.replace('.', '_'));
        if (label == null) {
            return name;
        }
        try {
            return (String) label.invoke(labels);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The label of " + name, e);
        }
    }
}
