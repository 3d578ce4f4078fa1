package city.clearway.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Every pending migration is applied in one transaction: on PostgreSQL, whose schema changes are transactional, a
 * start either brings the schema to the newest version or leaves it as it was, and an empty database is migrated
 * with one commit instead of one per version.
 */
@Singleton
public class MigrationsGrouped implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.group(true);
    }
}
