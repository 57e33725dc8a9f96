package io.khabar.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facet index's feed of near-copy marks, the statement itself run by the real PostgreSQL over a temporary table
 * of the same columns: marks come in numeric order of their transaction ids (9 before 10), which the page position
 * relies on.
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class StoredOrderTest {

    @Inject
    AgroalDataSource db;

    @Test
    void marksAreReadInTheNumericOrderOfTheirTransactions() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table article_fingerprint (article_id text, duplicate_of text,"
                        + " marked_xid xid8, marked_seq bigint) on commit drop");
                // transaction ids 9, 10 and 100 are below every running transaction's in any database in use
                s.execute("insert into article_fingerprint values ('c', null, '100', 1), ('b', 'x', '10', 2),"
                        + " ('a', null, '9', 3), ('a2', null, '9', 4)");
            }
            List<String> read = new ArrayList<>();
            // the statement as FacetIndexSync runs it, on the temporary table, which comes first in the search path
            try (PreparedStatement p = c.prepareStatement(FacetIndexSync.MARKS.replace("article_fingerprint",
                    "pg_temp.article_fingerprint"))) {
                p.setString(1, "0");
                p.setLong(2, 0);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        read.add(rs.getString(1) + "@" + rs.getString(3) + "/" + rs.getLong(4));
                    }
                }
            }
            c.rollback();
            assertEquals(List.of("a@9/3", "a2@9/4", "b@10/2", "c@100/1"), read);
        }
    }
}
