package io.cartlog.query.common;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** A fresh in-memory H2 database with Cartlog's migrations, for projection tests without Spring. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcClient migrated() {
        return JdbcClient.create(migratedTemplate());
    }

    /** The same, for repositories that write in JDBC batches. */
    public static JdbcTemplate migratedTemplate() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    /** The catalog stamp over {@code jdbc}, for projections that raise it. */
    public static CatalogStamp catalogStamp(JdbcClient jdbc) {
        return new CatalogStamp(jdbc);
    }
}
