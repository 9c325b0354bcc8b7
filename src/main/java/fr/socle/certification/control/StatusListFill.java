package fr.socle.certification.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether a status list is full enough (3/4 of its size) for an issuer to open a new one, without
 * counting its documents for every document issued. Counting is a scan of the list's index entries:
 * 4 ms at 12,000 documents, 30 ms at 98,000 on MariaDB, which made each issuance slower than the
 * last. Here a list is counted once, then again after {@code recountEvery} documents issued by this
 * instance or {@code maxAgeNanos}; in between, the count is that figure plus the documents issued
 * since. The estimate only errs by what other instances issued since the last count (and by issuances
 * that rolled back): a list a little fuller or a little emptier than 3/4 is still sparse enough for
 * random indexes to be cheap to draw. Thread-safe.
 */
public final class StatusListFill {

    private final int recountEvery;
    private final long maxAgeNanos;
    private final ConcurrentHashMap<String, Counted> lists = new ConcurrentHashMap<>();

    /** A list's count at a time, and the documents issued here since. */
    private record Counted(long documents, long atNanos, AtomicLong since) {
    }

    public StatusListFill(int recountEvery, long maxAgeNanos) {
        if (recountEvery < 1 || maxAgeNanos < 0) {
            throw new IllegalArgumentException("recountEvery >= 1, maxAgeNanos >= 0");
        }
        this.recountEvery = recountEvery;
        this.maxAgeNanos = maxAgeNanos;
    }

    /**
     * Whether the list holds at least 3/4 of {@code size} documents, counting another one about to be
     * issued in it unless it is full.
     *
     * @param listId    the list
     * @param size      its number of entries
     * @param nowNanos  the time, from {@link System#nanoTime()}
     * @param count     counts the list's documents in the database; called only when the figure kept is too old
     * @return true when the issuer should open a new list
     */
    public boolean full(String listId, int size, long nowNanos, LongSupplier count) {
        Counted c = lists.get(listId);
        if (c == null || c.since().get() >= recountEvery || nowNanos - c.atNanos() >= maxAgeNanos) {
            c = new Counted(count.getAsLong(), nowNanos, new AtomicLong());
            lists.put(listId, c);
        }
        if (c.documents() + c.since().get() >= size * 3L / 4) {
            lists.remove(listId); // full: nothing more is issued in it, it need not be kept
            return true;
        }
        c.since().incrementAndGet();
        return false;
    }
}
