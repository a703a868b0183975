package ma.forsa.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL for assertions, beside the API rather than through it. */
@ApplicationScoped
public class Db {

    @Inject
    AgroalDataSource dataSource;

    public long count(String table) {
        return longValue("SELECT COUNT(*) FROM " + table);
    }

    /**
     * A digest of a whole table's contents (every column of every row), to prove that a refused
     * request changed nothing. Not CHECKSUM TABLE: on MariaDB 10.11 it changes from one call to the
     * next on a table with a stored generated column (placement.open_key) although no row did.
     */
    public long checksum(String table) {
        String columns = string(
                "SELECT GROUP_CONCAT(CONCAT('COALESCE(`', column_name, '`, ''∅'')') ORDER BY ordinal_position)"
                        + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?",
                table);
        return longValue("SELECT MOD(COALESCE(SUM(CONV(LEFT(MD5(CONCAT_WS('|', " + columns
                + ")), 15), 16, 10)), 0) * 31" + " + COUNT(*), 9223372036854775807) FROM " + table);
    }

    public String string(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of two columns, the first as the key: a table's contents however large (GROUP_CONCAT truncates). */
    public java.util.Map<String, String> pairs(String sql) {
        java.util.Map<String, String> pairs = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pairs.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pairs;
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long longValue(String sql) {
        return longValue(sql, 1);
    }

    private long longValue(String sql, int column) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
