package city.clearway.common;

import city.clearway.support.HostileValues;
import city.clearway.support.RawHttp.Answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a fuzz run sent and saw: requests by kind, answers by status, and every answer that broke a rule. Its seeded
 * random picks every sample, so one run sends exactly the requests of the last.
 */
final class FuzzTally {

    static final long SEED = 20_261_130L;

    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> statuses = new TreeMap<>();
    final Random random = new Random(SEED);
    int requests;
    int undecodable;
    int officeRequests;

    List<String> sample(List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    boolean check(boolean holds, String where, String rule, Answer answer) {
        if (!holds) {
            String body = answer.text();
            failures.add(where + ": expected " + rule + "; got " + answer.header("Content-Type") + " "
                    + HostileValues.escaped(body.length() > 300 ? body.substring(0, 300) : body));
        }
        return holds;
    }

    String summary(int operations, long before, long after) {
        String byStatus = statuses.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return "Hostile input: " + operations + " operations, " + requests + " API requests and " + officeRequests
                + " office requests (seed " + SEED + "); statuses " + byStatus + "; " + undecodable
                + " with an undecodable path or query (empty 400 from the transport); " + failures.size()
                + " rule breaks; audit chain " + before + " -> " + after + ".";
    }
}
