package city.clearway.reference;

/** Vehicle classes priced separately for towing and storage. */
public enum VehicleClass {
    MOTORCYCLE, CAR, PICKUP, HEAVY
}
