package city.clearway.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The pending migrations are applied together: on PostgreSQL a failing one leaves the versions before it unapplied. */
@QuarkusTest
class MigrationsGroupedTest {

    private static final String SCHEMA = "grouping_probe";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MigrationsGrouped grouped;

    @Test
    void theServicesMigrationsAreGrouped() {
        assertThat(flyway.getConfiguration().isGroup()).isTrue();
    }

    @Test
    void aFailingVersionTakesTheVersionsBeforeItBackOnPostgresql(@TempDir Path migrations) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            assumeThat(db.getMetaData().getDatabaseProductName()).as("schema changes roll back on PostgreSQL only")
                    .isEqualTo("PostgreSQL");
        }
        Files.writeString(migrations.resolve("V1__first.sql"), "CREATE TABLE first_table (id integer primary key);");
        Files.writeString(migrations.resolve("V2__second.sql"), "CREATE TABLE second_table (id integer primary key);");
        Files.writeString(migrations.resolve("V3__broken.sql"), "CREATE TABLE broken_table (id no_such_type);");
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("filesystem:" + migrations);
        grouped.customize(configuration);
        try {
            assertThatThrownBy(() -> configuration.load().migrate()).isInstanceOf(FlywayException.class);
            assertThat(tableExists("first_table")).as("V1 taken back with V3").isFalse();
            assertThat(tableExists("second_table")).as("V2 taken back with V3").isFalse();

            Files.delete(migrations.resolve("V3__broken.sql"));
            configuration.load().migrate();
            assertThat(tableExists("first_table")).isTrue();
            assertThat(tableExists("second_table")).isTrue();
        } finally {
            try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement sql = db.prepareStatement(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            sql.setString(1, SCHEMA);
            sql.setString(2, table);
            try (ResultSet found = sql.executeQuery()) {
                found.next();
                return found.getInt(1) == 1;
            }
        }
    }
}
