package city.clearway.violation;

import city.clearway.common.Problem;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Problems;
import city.clearway.violation.ViolationDtos.ViolationCreate;
import city.clearway.violation.ViolationDtos.ViolationView;
import city.clearway.violation.ViolationService.Registration;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A handheld back online sends what it captured: each violation is read, checked and registered on its own, in
 * its own transaction, so one bad item never costs the others and nothing good is lost.
 */
@ApplicationScoped
public class BatchRegistration {

    public static final int MAX_ITEMS = 100;

    public enum Outcome { CREATED, REPLAYED, REJECTED }

    public record ItemResult(int index, UUID id, Outcome outcome, ViolationView violation, Problem problem) {
    }

    private final ViolationService violations;
    private final ViolationMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;
    private final Problems problems;

    BatchRegistration(ViolationService violations, ViolationMapper mapper, ObjectMapper json, Validator validator, Problems problems) {
        this.violations = violations;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
        this.problems = problems;
    }

    public List<ItemResult> register(List<JsonNode> items, Locale locale, String instance) {
        if (items.size() > MAX_ITEMS) {
            throw ProblemException.invalid("items", "at-most", MAX_ITEMS);
        }
        List<ItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(registerOne(index, items.get(index), locale, instance));
        }
        return results;
    }

    private ItemResult registerOne(int index, JsonNode item, Locale locale, String instance) {
        UUID id = null;
        try {
            ViolationCreate request = read(item);
            id = request.id();
            Registration registration = violations.register(request);
            return new ItemResult(index, id, registration.created() ? Outcome.CREATED : Outcome.REPLAYED,
                    mapper.toView(registration.violation()), null);
        } catch (ProblemException e) {
            return new ItemResult(index, id, Outcome.REJECTED, null, problems.document(e, locale, instance + "#items[" + index + "]"));
        }
    }

    private ViolationCreate read(JsonNode item) {
        ViolationCreate request;
        try {
            request = json.treeToValue(item, ViolationCreate.class);
        } catch (JsonMappingException e) {
            throw Problems.unreadable(e);
        } catch (JsonProcessingException e) {
            throw ProblemException.withDetail(ProblemType.MALFORMED_REQUEST, "malformed-json", e.getOriginalMessage());
        }
        if (request == null) {
            throw ProblemException.withDetail(ProblemType.MALFORMED_REQUEST, "body-required");
        }
        ProblemException invalid = Problems.invalid(validator.validate(request));
        if (invalid != null) {
            throw invalid;
        }
        if (request.id() == null) {
            throw ProblemException.invalid("id", "required-in-batch");
        }
        return request;
    }
}
