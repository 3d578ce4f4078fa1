package city.clearway.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the Open311 discovery document tells civic apps about this city (CLEARWAY_OPEN311_CONTACT, ...). */
@ConfigMapping(prefix = "clearway.open311")
public interface Open311Config {

    /** How to reach the people who run this endpoint. */
    @WithDefault("The city's Clearway office answers questions about this endpoint.")
    String contact();

    /** How a civic app gets an API key. */
    @WithDefault("API keys are issued by the city's Clearway administrator.")
    String keyService();

    /** Sortable; changed when the list of services or their definitions change. */
    @WithDefault("2026-11-30 00:00")
    String changeset();
}
