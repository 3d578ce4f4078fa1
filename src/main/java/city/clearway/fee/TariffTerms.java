package city.clearway.fee;

import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The prices of one tariff version, as plain values the {@link FeeCalculator} works with. */
public record TariffTerms(
        int version,
        Map<ViolationType, Long> fines,
        Map<VehicleClass, Long> towFees,
        Map<VehicleClass, Long> storagePerDay,
        int storageGraceHours,
        BigDecimal vatPercent) {

    public TariffTerms {
        fines = ordered(ViolationType.class, fines);
        towFees = ordered(VehicleClass.class, towFees);
        storagePerDay = ordered(VehicleClass.class, storagePerDay);
    }

    private static <K extends Enum<K>> Map<K, Long> ordered(Class<K> keys, Map<K, Long> prices) {
        Map<K, Long> copy = new EnumMap<>(keys);
        copy.putAll(prices);
        return Collections.unmodifiableMap(copy);
    }

    public long fine(ViolationType type) {
        return priced(fines, type);
    }

    public long towFee(VehicleClass vehicleClass) {
        return priced(towFees, vehicleClass);
    }

    public long storagePerDay(VehicleClass vehicleClass) {
        return priced(storagePerDay, vehicleClass);
    }

    private static <K> long priced(Map<K, Long> prices, K key) {
        Long price = prices.get(key);
        if (price == null) {
            throw new IllegalStateException("Tariff version has no price for " + key);
        }
        return price;
    }
}
