package city.clearway.fee;

public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, ONLINE
}
