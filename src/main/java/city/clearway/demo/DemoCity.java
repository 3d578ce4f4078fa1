package city.clearway.demo;

import city.clearway.common.ClearwayConfig;
import city.clearway.fee.TariffDtos.TariffCreate;
import city.clearway.fee.TariffService;
import city.clearway.reference.District;
import city.clearway.reference.DistrictService;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotService;
import city.clearway.reference.ReferenceDtos.DistrictDto;
import city.clearway.reference.ReferenceDtos.ImpoundLotCreate;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import city.clearway.security.AdminBootstrap;
import city.clearway.security.Role;
import city.clearway.security.SystemActor;
import city.clearway.security.UserAccount;
import city.clearway.security.UserDtos.UserCreate;
import city.clearway.security.UserService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    private final DistrictService districts;
    private final ImpoundLotService lots;
    private final TariffService tariffs;
    private final UserService users;
    private final SystemActor system;
    private final ClearwayConfig config;

    DemoCity(DistrictService districts, ImpoundLotService lots, TariffService tariffs, UserService users, SystemActor system,
             ClearwayConfig config) {
        this.districts = districts;
        this.lots = lots;
        this.tariffs = tariffs;
        this.users = users;
        this.system = system;
        this.config = config;
    }

    void onStart(@Observes @Priority(AdminBootstrap.BOOTSTRAP_PRIORITY + 1) StartupEvent event) {
        if (config.demo()) {
            system.run(this::seed);
            LOG.warnf("%n%n    DEMO MODE: Tabriz's ten districts (TBZ01..TBZ10), lots %s and %s, a tariff, and the users%n"
                    + "    inspector (TBZ01), clerk (%s), supervisor and auditor, all with the password '%s'.%n"
                    + "    Never run a real city with CLEARWAY_DEMO=true.%n", LOT_NORTH, LOT_SOUTH, LOT_NORTH, DEMO_PASSWORD);
        }
    }

    /** Through the services, as the system: what is already there is left as it is. */
    private void seed() {
        Set<String> knownDistricts = districts.list().stream().map(District::getCode).collect(Collectors.toSet());
        for (int n = 1; n <= 10; n++) {
            String code = String.format("TBZ%02d", n);
            if (!knownDistricts.contains(code)) {
                districts.create(new DistrictDto(code, "Tabriz District " + n + " - منطقه " + n + " تبریز", null));
            }
        }
        Set<String> knownLots = lots.list().stream().map(ImpoundLot::getCode).collect(Collectors.toSet());
        if (!knownLots.contains(LOT_NORTH)) {
            lots.create(new ImpoundLotCreate(LOT_NORTH, "Tabriz North Impound Lot - پارکینگ شمال تبریز", "TBZ01",
                    "Tabriz, Pasdaran Expressway, North Lot", 120));
        }
        if (!knownLots.contains(LOT_SOUTH)) {
            lots.create(new ImpoundLotCreate(LOT_SOUTH, "Tabriz South Impound Lot - پارکینگ جنوب تبریز", "TBZ06",
                    "Tabriz, Azadi Boulevard, South Lot", 80));
        }
        if (tariffs.list().isEmpty()) {
            tariffs.publish(demoTariff());
        }
        Set<String> knownUsers = users.list().stream().map(UserAccount::getUsername).collect(Collectors.toSet());
        user(knownUsers, "inspector", Role.INSPECTOR, "TBZ01", null);
        user(knownUsers, "clerk", Role.CLERK, null, LOT_NORTH);
        user(knownUsers, "supervisor", Role.SUPERVISOR, null, null);
        user(knownUsers, "auditor", Role.AUDITOR, null, null);
    }

    private void user(Set<String> known, String username, Role role, String district, String lot) {
        if (!known.contains(username)) {
            users.create(new UserCreate(username, DEMO_PASSWORD, Set.of(role), district, lot));
        }
    }

    /** Prices of the order Iranian cities publish (rials): fines by type, tow and daily storage by class, 10% VAT. */
    static TariffCreate demoTariff() {
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
        return new TariffCreate(null, fines, tow, storage, 2, new BigDecimal("10.00"));
    }
}
