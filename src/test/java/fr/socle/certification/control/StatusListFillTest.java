package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class StatusListFillTest {

    /** A list in the database: its documents, and how many times it was counted. */
    static final class Table implements LongSupplier {
        final AtomicLong documents = new AtomicLong();
        final AtomicInteger counts = new AtomicInteger();

        @Override
        public long getAsLong() {
            counts.incrementAndGet();
            return documents.get();
        }
    }

    @Test
    void aListIsCountedOnceThenAgainOnlyAfterRecountEveryDocuments() {
        StatusListFill fill = new StatusListFill(10, Long.MAX_VALUE);
        Table table = new Table();
        for (int i = 0; i < 25; i++) {
            assertFalse(fill.full("list", 1000, 0, table));
            table.documents.incrementAndGet();
        }
        assertEquals(3, table.counts.get(), "counted at documents 0, 10 and 20");
    }

    @Test
    void aListIsFullAtThreeQuartersCountingTheDocumentsIssuedSinceTheCount() {
        StatusListFill fill = new StatusListFill(1000, Long.MAX_VALUE);
        Table table = new Table();
        table.documents.set(70);
        int issued = 0;
        while (!fill.full("list", 100, 0, table)) {
            table.documents.incrementAndGet();
            issued++;
        }
        assertEquals(5, issued, "75 of 100 is full");
        assertEquals(1, table.counts.get());
        assertTrue(fill.full("list", 100, 0, table), "and stays full, counted again");
    }

    @Test
    void anOldCountIsMadeAgainAndSeesWhatOtherInstancesIssued() {
        StatusListFill fill = new StatusListFill(1000, 60);
        Table table = new Table();
        assertFalse(fill.full("list", 100, 0, table));
        table.documents.set(80); // issued elsewhere
        assertFalse(fill.full("list", 100, 59, table), "not counted again within the minute");
        assertTrue(fill.full("list", 100, 60, table));
        assertEquals(2, table.counts.get());
    }

    @Test
    void listsAreCountedApart() {
        StatusListFill fill = new StatusListFill(1000, Long.MAX_VALUE);
        Table a = new Table();
        Table b = new Table();
        b.documents.set(99);
        assertFalse(fill.full("a", 100, 0, a));
        assertTrue(fill.full("b", 100, 0, b));
        assertFalse(fill.full("a", 100, 0, a));
        assertEquals(1, a.counts.get());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new StatusListFill(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new StatusListFill(1, -1));
    }
}
