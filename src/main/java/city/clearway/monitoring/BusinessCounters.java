package city.clearway.monitoring;

import city.clearway.common.ProblemAnswered;
import city.clearway.common.ProblemType;
import city.clearway.fee.PaymentReceived;
import city.clearway.impound.VehicleImpounded;
import city.clearway.impound.VehicleReleased;
import city.clearway.violation.ViolationRegistered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts, for {@code /q/metrics}, what the features publish. A change is counted once its transaction has committed,
 * so a registration or payment that was rolled back is not; a refusal is counted when it is answered. Created at start,
 * so every counter is shown, at zero, before anything has happened.
 */
@Startup
@ApplicationScoped
class BusinessCounters {

    private final Counter registered;
    private final Counter impounded;
    private final Counter payments;
    private final Counter rialsPaid;
    private final Counter released;
    private final Map<ProblemType, Counter> refusals = new EnumMap<>(ProblemType.class);

    BusinessCounters(MeterRegistry registry) {
        registered = Counter.builder("clearway.violations.registered")
                .description("Violations registered").register(registry);
        impounded = Counter.builder("clearway.vehicles.impounded")
                .description("Vehicles towed into a lot").register(registry);
        payments = Counter.builder("clearway.payments")
                .description("Payments taken, toward an impound's balance or a fine paid on the spot").register(registry);
        rialsPaid = Counter.builder("clearway.payments.amount").baseUnit("rials")
                .description("Rials taken in payments").register(registry);
        released = Counter.builder("clearway.vehicles.released")
                .description("Vehicles released from a lot").register(registry);
        // Every type from the start, at zero, so that a rate over a type that has never happened yet is 0, not missing.
        for (ProblemType type : ProblemType.values()) {
            refusals.put(type, Counter.builder("clearway.refusals").tag("type", type.slug())
                    .description("Problem documents answered, by problem type").register(registry));
        }
    }

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ViolationRegistered event) {
        registered.increment();
    }

    void impounded(@Observes(during = TransactionPhase.AFTER_SUCCESS) VehicleImpounded event) {
        impounded.increment();
    }

    void paid(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentReceived event) {
        payments.increment();
        rialsPaid.increment(event.amount());
    }

    void released(@Observes(during = TransactionPhase.AFTER_SUCCESS) VehicleReleased event) {
        released.increment();
    }

    void refused(@Observes ProblemAnswered event) {
        refusals.get(event.type()).increment();
    }
}
