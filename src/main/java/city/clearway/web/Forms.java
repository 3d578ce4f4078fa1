package city.clearway.web;

import city.clearway.common.Digits;
import city.clearway.common.PlainText;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.QueryParams;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads what a clerk typed into a form. Persian or Arabic-Indic digits and thousands separators are read as the
 * number they write; anything that is not a whole number is refused, never rounded.
 */
final class Forms {

    private Forms() {
    }

    static String required(MultivaluedMap<String, String> form, String name) {
        String value = optional(form, name);
        if (value == null) {
            throw ProblemException.invalid(name, "required");
        }
        return value;
    }

    /** What was typed, or {@code null} when nothing was; text no person types (a NUL) is refused. */
    static String optional(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PlainText.is(value)) {
            throw ProblemException.invalid(name, "plain-text");
        }
        return value;
    }

    /** One of the values of {@code type}, which a select offers; a {@code 422} for anything else. */
    static <E extends Enum<E>> E choice(MultivaluedMap<String, String> form, String name, Class<E> type) {
        String value = required(form, name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.invalid(name, "one-of", java.util.Arrays.toString(type.getEnumConstants()));
    }

    static Long amount(MultivaluedMap<String, String> form, String name) {
        String digits = Digits.toLatin(required(form, name)).replace(",", "").replace("٬", "").replace("،", "").strip();
        if (!digits.matches("\\d{1,13}")) {
            throw ProblemException.invalid(name, "whole-number");
        }
        return Long.parseLong(digits);
    }

    /** Degrees of latitude or longitude within {@code -limit..limit}, in Latin or Persian digits; blank is absent. */
    static Double degrees(String name, String raw, int limit) {
        return QueryParams.degrees(name, raw == null ? null : Digits.toLatin(raw), limit);
    }

    /** The impound version the page was drawn from. */
    static long version(MultivaluedMap<String, String> form) {
        String version = form.getFirst("version");
        if (version == null || !version.matches("\\d{1,18}")) {
            throw ProblemException.of(ProblemType.IF_MATCH_REQUIRED);
        }
        return Long.parseLong(version);
    }

    /**
     * The action's answer; when the service refuses it, the page drawn again with the reason and what was typed, under
     * the refusal's status. When the reader may not even see that page, the refusal itself is the answer.
     */
    static Response answer(Supplier<Response> action, Function<ProblemException, TemplateInstance> pageAgain) {
        try {
            return action.get();
        } catch (ProblemException refused) {
            TemplateInstance again;
            try {
                again = pageAgain.apply(refused);
            } catch (ProblemException cannotShow) {
                throw refused;
            }
            return Response.status(refused.type().status()).entity(again).build();
        }
    }

    /** What a form held, one value per field, to fill the form in again. */
    static Map<String, String> typed(Map<String, ?> entered) {
        Map<String, String> form = new HashMap<>();
        entered.forEach((key, value) -> form.put(key, value instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : String.valueOf(value)));
        return form;
    }
}
