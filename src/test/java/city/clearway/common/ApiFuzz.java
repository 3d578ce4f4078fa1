package city.clearway.common;

import city.clearway.common.FuzzRequests.Probe;
import city.clearway.support.Contract.Operation;
import city.clearway.support.Fixtures;
import city.clearway.support.RawHttp;
import city.clearway.support.RawHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static city.clearway.common.FuzzRequests.JSON;

/**
 * Sends the API's probes, as a user who may call the operation and at times anonymously, and holds each answer to the
 * rules: below 500, every refusal a problem document, no broken write carried out.
 */
final class ApiFuzz {

    /** Every request is sent by someone who may call the operation; one in this many again without credentials. */
    private static final int ANONYMOUS_ONE_IN = 4;

    private final FuzzTally tally;

    ApiFuzz(FuzzTally tally) {
        this.tally = tally;
    }

    void sendToApi(Probe probe) {
        List<String> senders = new ArrayList<>();
        senders.add(probe.user());
        if (probe.user() != null && probe.operation().signedIn() && tally.random.nextInt(ANONYMOUS_ONE_IN) == 0) {
            senders.add(null);
        }
        for (String user : senders) {
            RawHttp request = RawHttp.request(probe.operation().method(), probe.target());
            probe.headers().forEach(request::header);
            if (user != null) {
                request.basic(user, Fixtures.password(user));
            }
            if (probe.body() != null) {
                request.body(probe.body());
            }
            Answer answer = request.send();
            tally.requests++;
            tally.statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
            String who = user == null ? "anonymous" : user;
            String where = probe.operation().id() + " [" + probe.broken() + "] as " + who + " -> " + answer.status();
            if (probe.undecodable()) {
                tally.undecodable++;
                tally.check(answer.status() == 400, where, "an undecodable path is a 400", answer);
                continue;
            }
            checkApiAnswer(probe, answer, where);
        }
    }

    private void checkApiAnswer(Probe probe, Answer answer, String where) {
        if (!tally.check(answer.status() < 500, where, "no 5xx", answer)) {
            return;
        }
        if (answer.status() >= 400) {
            checkProblem(answer, where);
        } else if (probe.operation().changesState() && !allRejected(probe.operation(), answer)) {
            tally.check(false, where, "a broken request to a write is refused", answer);
        }
    }

    private void checkProblem(Answer answer, String where) {
        String type = answer.header("Content-Type");
        if (!tally.check(type != null && type.startsWith(ProblemMapper.PROBLEM_JSON), where, "a problem document", answer)) {
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            tally.check(problem.path("type").isTextual() && problem.path("title").isTextual() && problem.path("status").asInt() == answer.status(),
                    where, "type, title and the same status", answer);
        } catch (IOException e) {
            tally.check(false, where, "a readable problem document", answer);
        }
    }

    /** A batch whose every item was rejected changed nothing, though it answers 200. */
    static boolean allRejected(Operation operation, Answer answer) {
        if (!operation.id().equals("registerViolationBatch") || answer.status() != 200) {
            return false;
        }
        try {
            JsonNode results = JSON.readTree(answer.body()).path("results");
            for (JsonNode result : results) {
                if (!result.path("outcome").asText().equals("REJECTED")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- the office ----
}
