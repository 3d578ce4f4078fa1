package city.clearway.fee;

/** How money came in. {@link #DISPOSAL_PROCEEDS} is recorded by a disposal only, never taken at the counter. */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, ONLINE, DISPOSAL_PROCEEDS;

    /** The methods a clerk or inspector may take a payment by. */
    public static java.util.List<PaymentMethod> atTheCounter() {
        return java.util.Arrays.stream(values()).filter(method -> method != DISPOSAL_PROCEEDS).toList();
    }
}
