package city.clearway.demo;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ClearwayConfig;
import city.clearway.common.TimeSource;
import city.clearway.fee.Tariff;
import city.clearway.fee.TariffRepository;
import city.clearway.fee.TariffTerms;
import city.clearway.reference.District;
import city.clearway.reference.DistrictRepository;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import city.clearway.security.AdminBootstrap;
import city.clearway.security.Role;
import city.clearway.security.UserAccount;
import city.clearway.security.UserAccountRepository;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * {@code CLEARWAY_DEMO=true}: Tabriz's ten districts, two impound lots, a tariff and one user of each role, so the
 * service can be tried at once. Only what is missing is added, so restarting in demo mode changes nothing.
 */
@ApplicationScoped
public class DemoCity {

    public static final String DEMO_PASSWORD = "clearway-demo";
    public static final String LOT_NORTH = "TBZ-LOT-1";
    public static final String LOT_SOUTH = "TBZ-LOT-2";
    private static final Logger LOG = Logger.getLogger(DemoCity.class);

    private final DistrictRepository districts;
    private final ImpoundLotRepository lots;
    private final TariffRepository tariffs;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final TimeSource time;
    private final ClearwayConfig config;

    DemoCity(DistrictRepository districts, ImpoundLotRepository lots, TariffRepository tariffs, UserAccountRepository users,
             AuditLog audit, TimeSource time, ClearwayConfig config) {
        this.districts = districts;
        this.lots = lots;
        this.tariffs = tariffs;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.config = config;
    }

    void onStart(@Observes @Priority(AdminBootstrap.BOOTSTRAP_PRIORITY + 1) StartupEvent event) {
        if (config.demo()) {
            QuarkusTransaction.requiringNew().run(this::seed);
            LOG.warnf("%n%n    DEMO MODE: Tabriz's ten districts (TBZ01..TBZ10), lots %s and %s, a tariff, and the users%n"
                    + "    inspector (TBZ01), clerk (%s), supervisor and auditor, all with the password '%s'.%n"
                    + "    Never run a real city with CLEARWAY_DEMO=true.%n", LOT_NORTH, LOT_SOUTH, LOT_NORTH, DEMO_PASSWORD);
        }
    }

    private void seed() {
        Instant now = time.now();
        for (int n = 1; n <= 10; n++) {
            String code = String.format("TBZ%02d", n);
            if (districts.findByIdOptional(code).isEmpty()) {
                District district = new District(code, "Tabriz District " + n + " - منطقه " + n + " تبریز", null, now);
                districts.persist(district);
                audit.record(AuditLog.SYSTEM, AuditAction.DISTRICT_CREATED, AuditEntity.DISTRICT, code, AuditData.of("code", code, "name", district.getName()));
            }
        }
        lot(LOT_NORTH, "Tabriz North Impound Lot - پارکینگ شمال تبریز", "TBZ01", "Tabriz, Pasdaran Expressway, North Lot", 120, now);
        lot(LOT_SOUTH, "Tabriz South Impound Lot - پارکینگ جنوب تبریز", "TBZ06", "Tabriz, Azadi Boulevard, South Lot", 80, now);
        if (tariffs.latest().isEmpty()) {
            TariffTerms terms = demoTariff();
            tariffs.persist(new Tariff(terms, now, now, "system"));
            audit.record(AuditLog.SYSTEM, AuditAction.TARIFF_PUBLISHED, AuditEntity.TARIFF, 1, AuditData.of("version", 1, "effectiveFrom", now,
                    "fines", terms.fines(), "towFees", terms.towFees(), "storagePerDay", terms.storagePerDay(),
                    "storageGraceHours", terms.storageGraceHours(), "vatPercent", terms.vatPercent().toPlainString()));
        }
        user("inspector", Role.INSPECTOR, "TBZ01", null, now);
        user("clerk", Role.CLERK, null, LOT_NORTH, now);
        user("supervisor", Role.SUPERVISOR, null, null, now);
        user("auditor", Role.AUDITOR, null, null, now);
    }

    private void lot(String code, String name, String district, String address, int capacity, Instant now) {
        if (lots.findByIdOptional(code).isEmpty()) {
            lots.persist(new ImpoundLot(code, name, district, address, capacity, now));
            audit.record(AuditLog.SYSTEM, AuditAction.LOT_CREATED, AuditEntity.LOT, code, AuditData.of("code", code, "name", name, "districtCode", district,
                    "address", address, "capacity", capacity));
        }
    }

    private void user(String username, Role role, String district, String lot, Instant now) {
        if (users.findByIdOptional(username).isEmpty()) {
            UserAccount account = new UserAccount(username, BcryptUtil.bcryptHash(DEMO_PASSWORD), EnumSet.of(role), district, lot, now);
            users.persist(account);
            audit.record(AuditLog.SYSTEM, AuditAction.USER_CREATED, AuditEntity.USER, username, AuditData.of("username", username, "roles", account.getRoles(),
                    "districtCode", district, "lotCode", lot));
        }
    }

    /** Prices of the order Iranian cities publish (rials): fines by type, tow and daily storage by class, 10% VAT. */
    static TariffTerms demoTariff() {
        Map<ViolationType, Long> fines = new EnumMap<>(ViolationType.class);
        fines.put(ViolationType.SIDEWALK_PARKING, 2_000_000L);
        fines.put(ViolationType.CROSSWALK_BLOCKING, 3_000_000L);
        fines.put(ViolationType.RAMP_BLOCKING, 5_000_000L);
        fines.put(ViolationType.DRIVEWAY_BLOCKING, 2_000_000L);
        fines.put(ViolationType.DOUBLE_PARKING, 1_500_000L);
        fines.put(ViolationType.VENDOR_OCCUPATION, 4_000_000L);
        fines.put(ViolationType.FIRE_ACCESS_BLOCKING, 8_000_000L);
        Map<VehicleClass, Long> tow = new EnumMap<>(VehicleClass.class);
        tow.put(VehicleClass.MOTORCYCLE, 1_500_000L);
        tow.put(VehicleClass.CAR, 3_500_000L);
        tow.put(VehicleClass.PICKUP, 5_000_000L);
        tow.put(VehicleClass.HEAVY, 12_000_000L);
        Map<VehicleClass, Long> storage = new EnumMap<>(VehicleClass.class);
        storage.put(VehicleClass.MOTORCYCLE, 250_000L);
        storage.put(VehicleClass.CAR, 500_000L);
        storage.put(VehicleClass.PICKUP, 750_000L);
        storage.put(VehicleClass.HEAVY, 2_000_000L);
        return new TariffTerms(1, fines, tow, storage, 2, new BigDecimal("10.00"));
    }
}
