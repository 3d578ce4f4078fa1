package city.clearway.monitoring;

import city.clearway.audit.AuditSealer;
import city.clearway.audit.SealingBacklog;
import city.clearway.common.TimeSource;
import city.clearway.impound.VehicleImpounded;
import city.clearway.impound.VehicleReleased;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gauges read from the database, shared by every replica: vehicles held in each lot (with its capacity) and how far
 * sealing the audit log is behind. Whatever the number of gauges, a scrape reads at most once per {@link #FRESH_FOR}
 * two small queries in one transaction (the lots' own counters, and the unsealed events through their index); a tow
 * or a release on this replica makes the next scrape read afresh. When the database cannot answer, the gauges read
 * NaN (unknown) and the scrape still succeeds.
 */
@Startup
@ApplicationScoped
class DatabaseGauges {

    /** Prometheus scrapes every 15 to 60 seconds; a scrape's many gauges share one reading. */
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final ImpoundLotService lots;
    private final AuditSealer sealer;
    private final TimeSource time;
    private final ManagedExecutor executor;
    private final Set<String> gaugedLots = ConcurrentHashMap.newKeySet();
    private volatile Reading reading = Reading.UNKNOWN;
    /** When the last reading was taken, by the monotonic clock: the service's clock may be moved, this one is not. */
    private volatile long readAtNanos;
    private volatile boolean stale = true;

    DatabaseGauges(MeterRegistry registry, ImpoundLotService lots, AuditSealer sealer, TimeSource time, ManagedExecutor executor) {
        this.registry = registry;
        this.executor = executor;
        this.lots = lots;
        this.sealer = sealer;
        this.time = time;
        Gauge.builder("clearway.audit.unsealed.events", this, gauges -> gauges.current().unsealedEvents())
                .description("Audit events committed and not yet sealed into the hash chain")
                .register(registry);
        TimeGauge.builder("clearway.audit.sealing.lag", this, TimeUnit.SECONDS, gauges -> gauges.current().sealingLagSeconds())
                .description("Age of the oldest audit event not yet sealed into the hash chain (0 when all are sealed)")
                .register(registry);
    }

    /** The first reading (which names the lots to gauge) is taken beside the start, not in its way. */
    void onStart(@Observes StartupEvent event) {
        executor.execute(this::current);
    }

    void impounded(@Observes(during = TransactionPhase.AFTER_SUCCESS) VehicleImpounded event) {
        gaugeLot(event.lotCode());
        stale = true;
    }

    void released(@Observes(during = TransactionPhase.AFTER_SUCCESS) VehicleReleased event) {
        stale = true;
    }

    private Reading current() {
        // Never on the event loop: the database is read only where blocking is allowed; otherwise the last reading.
        if (due() && BlockingOperationControl.isBlockingAllowed()) {
            synchronized (this) {
                if (due()) {
                    stale = false;
                    readAtNanos = System.nanoTime();
                    reading = read();
                }
            }
        }
        return reading;
    }

    private boolean due() {
        return stale || System.nanoTime() - readAtNanos >= FRESH_FOR.toNanos();
    }

    private Reading read() {
        try {
            Reading read = QuarkusTransaction.requiringNew().call(() -> {
                Map<String, LotFigures> byLot = lots.list().stream()
                        .collect(Collectors.toMap(ImpoundLot::getCode, lot -> new LotFigures(lot.getOccupied(), lot.getCapacity())));
                SealingBacklog backlog = sealer.backlog();
                double lag = backlog.oldest()
                        .map(oldest -> Math.max(0, Duration.between(oldest, time.now()).toMillis() / 1000.0))
                        .orElse(0.0);
                return new Reading(byLot, backlog.events(), lag);
            });
            read.byLot().keySet().forEach(this::gaugeLot);
            return read;
        } catch (RuntimeException e) {
            LOG.warnf("The lots and the audit backlog could not be read for the metrics: %s", e.toString());
            return Reading.UNKNOWN;
        }
    }

    private void gaugeLot(String code) {
        if (gaugedLots.add(code)) {
            lotGauge("clearway.lot.vehicles.held", "Vehicles held in the lot now", code, LotFigures::held);
            lotGauge("clearway.lot.capacity", "Vehicles the lot can hold", code, LotFigures::capacity);
        }
    }

    private void lotGauge(String name, String description, String code, Function<LotFigures, Integer> figure) {
        Gauge.builder(name, this, gauges -> {
                    LotFigures lot = gauges.current().byLot().get(code);
                    return lot == null ? Double.NaN : figure.apply(lot);
                })
                .description(description)
                .tag("lot", code)
                .register(registry);
    }

    private record LotFigures(int held, int capacity) {
    }

    private record Reading(Map<String, LotFigures> byLot, double unsealedEvents, double sealingLagSeconds) {
        static final Reading UNKNOWN = new Reading(Map.of(), Double.NaN, Double.NaN);
    }
}
