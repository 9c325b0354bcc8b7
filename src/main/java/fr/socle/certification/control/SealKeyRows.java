package fr.socle.certification.control;

import fr.socle.certification.entity.SealKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code seal_key} rows, each read or written in a transaction of its own: what another
 * instance committed is seen at once, and a failed insert neither waits for nor spoils the
 * caller's transaction. Only {@link SealKeys} uses it.
 */
@ApplicationScoped
public class SealKeyRows {

    @PersistenceContext
    EntityManager em;

    /** The row of this id, if there is one. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<SealKey> find(String id) {
        return Optional.ofNullable(em.find(SealKey.class, id));
    }

    /** Inserts the row and commits; throws (and rolls back) if the id is already there. */
    @Transactional(TxType.REQUIRES_NEW)
    public void insert(String id, byte[] pkcs12, Instant now) {
        em.persist(new SealKey(id, pkcs12, now));
        em.flush();
    }

    /** Replaces the row's key if it is still the one created at {@code was}; false if another got there first. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean renew(String id, byte[] pkcs12, Instant was, Instant now) {
        return em.createNamedQuery(SealKey.RENEW).setParameter("pkcs12", pkcs12).setParameter("now", now)
                .setParameter("id", id).setParameter("was", was).executeUpdate() == 1;
    }
}
