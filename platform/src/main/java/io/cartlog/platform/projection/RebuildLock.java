package io.cartlog.platform.projection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A PostgreSQL session-level advisory lock per read model, held on a connection of its own for
 * as long as its rebuild runs: a second rebuild of it is refused on every node, and a node that
 * dies mid-rebuild releases it with its connection.
 */
final class RebuildLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private RebuildLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** The lock, or empty when another rebuild of this read model holds it. */
    static Optional<RebuildLock> tryAcquire(DataSource dataSource, String name) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, key(name));
            try (ResultSet result = lock.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    return Optional.of(new RebuildLock(connection, name));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            unlock.setString(1, key(name));
            unlock.execute();
        }
    }

    private static String key(String name) {
        return "cartlog.rebuild." + name;
    }
}
