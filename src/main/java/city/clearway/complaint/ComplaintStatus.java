package city.clearway.complaint;

/** A complaint is open until the city has acted on it; Open311 shows the same two words in lower case. */
public enum ComplaintStatus {
    OPEN, CLOSED;

    public String open311() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
