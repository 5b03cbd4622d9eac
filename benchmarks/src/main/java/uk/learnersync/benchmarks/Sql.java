package uk.learnersync.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * Plain JDBC on one database of the embedded server: the benchmarks' set-up and their read-outs,
 * over one kept connection (a new connection per poll would fork a PostgreSQL backend each time and
 * load the machine being measured).
 */
final class Sql {

    private final EmbeddedPostgresServer server;
    private final String database;
    private Connection connection;

    Sql(EmbeddedPostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    synchronized int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(connect(), sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    synchronized long count(String sql, Object... params) {
        try (PreparedStatement statement = prepare(connect(), sql, params);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows of two columns, as strings. */
    synchronized List<String[]> pairs(String sql, Object... params) {
        try (PreparedStatement statement = prepare(connect(), sql, params);
             ResultSet rs = statement.executeQuery()) {
            List<String[]> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row, its columns as text joined by " | ", the column names first. */
    synchronized List<String> rows(String sql, Object... params) {
        try (PreparedStatement statement = prepare(connect(), sql, params);
             ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rs.getMetaData().getColumnLabel(i));
            }
            rows.add(String.join(" | ", names));
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join(" | ", values));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
        }
        return connection;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
