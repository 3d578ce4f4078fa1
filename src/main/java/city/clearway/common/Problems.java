package city.clearway.common;

import city.clearway.common.Problem.FieldError;
import city.clearway.common.ProblemException.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds problem documents: from a {@link ProblemException} in the caller's language, and from what Jackson and
 * Bean Validation report about a body, naming each failing field by its JSON path. Each document built is answered to
 * someone, so each is published as a {@link ProblemAnswered}.
 */
@ApplicationScoped
public class Problems {

    private final Messages messages;
    private final Event<ProblemAnswered> answered;

    Problems(Messages messages, Event<ProblemAnswered> answered) {
        this.messages = messages;
        this.answered = answered;
    }

    public Problem document(ProblemException e, Locale locale, String instance) {
        ProblemType type = e.type();
        List<FieldError> errors = e.fields().isEmpty() ? null : e.fields().stream()
                .map(field -> new FieldError(field.field(), fieldMessage(locale, field)))
                .toList();
        Problem problem = new Problem(type.uri(), messages.get(locale, "problem.title." + type.slug()), type.status(),
                messages.get(locale, "problem.detail." + e.detailKey(), e.args()), instance, errors, e.members());
        answered.fire(new ProblemAnswered(type));
        return problem;
    }

    /** A body Jackson could not read: an unknown or mistyped field is a {@code 422}, unreadable JSON a {@code 400}. */
    public static ProblemException unreadable(JsonMappingException e) {
        String field = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException) {
            return ProblemException.invalid(field, "not-settable");
        }
        if (!(e instanceof MismatchedInputException) || field.isEmpty()) {
            return ProblemException.withDetail(ProblemType.MALFORMED_REQUEST, "malformed-json", e.getOriginalMessage());
        }
        Class<?> target = ((MismatchedInputException) e).getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return ProblemException.invalid(field, "one-of", allowed);
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return ProblemException.invalid(field, "date-time");
        }
        if (target != null && UUID.class.equals(target)) {
            return ProblemException.invalid(field, "uuid");
        }
        if (String.class.equals(target) && e instanceof InvalidFormatException) {
            return ProblemException.invalid(field, "plain-text");
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
            return ProblemException.invalid(field, "whole-number");
        }
        return ProblemException.invalid(field, "wrong-type");
    }

    /** Bean Validation's findings on a body; {@code null} when it found nothing. */
    public static ProblemException invalid(Collection<? extends ConstraintViolation<?>> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        List<FieldProblem> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = jsonPath(violation.getPropertyPath());
            if (field.isEmpty()) {
                return ProblemException.withDetail(ProblemType.MALFORMED_REQUEST, "body-required");
            }
            fields.add(new FieldProblem(field, "text", violation.getMessage()));
        }
        fields.sort(Comparator.comparing(FieldProblem::field));
        return ProblemException.invalid(fields);
    }

    private String fieldMessage(Locale locale, FieldProblem field) {
        if ("text".equals(field.messageKey())) {
            return String.valueOf(field.args()[0]);
        }
        return messages.get(locale, "field." + field.messageKey(), field.args());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code register.body.location.lat} becomes {@code location.lat}: the method and parameter are not the client's. */
    private static String jsonPath(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && !path.isEmpty()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
