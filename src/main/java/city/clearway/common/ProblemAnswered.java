package city.clearway.common;

/** Published for each problem document the service answers with, so refusals can be counted by type. */
public record ProblemAnswered(ProblemType type) {
}
