package com.tripavail.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Read-only queries that may be answered by a replica (DATABASE_READ_URL; the primary when unset):
 * public listings and search, where a second of replication lag is harmless because quotes and
 * holds re-check everything on the primary. The connection is never part of a transaction.
 */
@ApplicationScoped
public class ReadDatabase {
    @Resource(lookup = "jdbc/tripavailRead")
    DataSource dataSource;

    /** Every row as its columns' JDBC objects, parameters bound in order. */
    public List<Object[]> rows(String sql, List<?> params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException("read query failed", e);
        }
    }
}
