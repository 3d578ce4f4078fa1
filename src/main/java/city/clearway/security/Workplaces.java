package city.clearway.security;

/** Where an account can be bound: answered by the reference data, which knows the districts and lots. */
public interface Workplaces {

    boolean districtExists(String code);

    boolean lotExists(String code);
}
