package city.clearway.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prices the API tests work with (rials). Tests that publish other prices publish these again afterwards. */
public final class StandardTariff {

    public static final long FINE_SIDEWALK = 2_000_000;
    public static final long FINE_OTHER = 3_000_000;
    public static final long TOW_CAR = 3_500_000;
    public static final long TOW_OTHER = 5_000_000;
    public static final long STORAGE_CAR = 500_000;
    public static final long STORAGE_OTHER = 750_000;
    public static final int GRACE_HOURS = 2;
    public static final int VAT_PERCENT = 10;

    /** What a car on the sidewalk owes before storage starts: fine, tow and VAT on the tow. */
    public static final long CAR_ON_SIDEWALK_AT_INTAKE = FINE_SIDEWALK + TOW_CAR + TOW_CAR * VAT_PERCENT / 100;

    private StandardTariff() {
    }

    public static Map<String, Object> body(String effectiveFrom) {
        return body(effectiveFrom, FINE_SIDEWALK, TOW_CAR, STORAGE_CAR);
    }

    /** The standard tariff with the sidewalk fine and the car's prices replaced. */
    public static Map<String, Object> body(String effectiveFrom, long sidewalkFine, long carTow, long carStoragePerDay) {
        Map<String, Object> fines = new LinkedHashMap<>();
        for (String type : new String[] {"SIDEWALK_PARKING", "CROSSWALK_BLOCKING", "RAMP_BLOCKING", "DRIVEWAY_BLOCKING",
                "DOUBLE_PARKING", "VENDOR_OCCUPATION", "FIRE_ACCESS_BLOCKING"}) {
            fines.put(type, type.equals("SIDEWALK_PARKING") ? sidewalkFine : FINE_OTHER);
        }
        Map<String, Object> tow = new LinkedHashMap<>();
        Map<String, Object> storage = new LinkedHashMap<>();
        for (String vehicleClass : new String[] {"MOTORCYCLE", "CAR", "PICKUP", "HEAVY"}) {
            tow.put(vehicleClass, vehicleClass.equals("CAR") ? carTow : TOW_OTHER);
            storage.put(vehicleClass, vehicleClass.equals("CAR") ? carStoragePerDay : STORAGE_OTHER);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (effectiveFrom != null) {
            body.put("effectiveFrom", effectiveFrom);
        }
        body.put("fines", fines);
        body.put("towFees", tow);
        body.put("storagePerDay", storage);
        body.put("storageGraceHours", GRACE_HOURS);
        body.put("vatPercent", VAT_PERCENT);
        return body;
    }
}
