package city.clearway.impound;

/** Who ordered a vehicle kept in the lot. */
public enum HoldAuthority {
    POLICE, JUDICIAL, OTHER
}
