package city.clearway.impound;

/** Which of the owner notices of an impound (PRODUCT §9): at intake, when long unclaimed, and before disposal. */
public enum NoticeKind {
    INTAKE, REMINDER, FINAL
}
