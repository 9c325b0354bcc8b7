package fr.socle.certification.control;

import fr.socle.certification.entity.GeneratedSealPassword;
import fr.socle.certification.entity.SealKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
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

    /** The ids of every row (a handful: the local CA and one per organisation that has sealed something). */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> ids() {
        return em.createNamedQuery(SealKey.IDS, String.class).getResultList();
    }

    /** The password a demo instance generated for its keys, if it has one. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> generatedPassword() {
        return Optional.ofNullable(em.find(GeneratedSealPassword.class, GeneratedSealPassword.DEMO)).map(GeneratedSealPassword::getSecret);
    }

    /** Stores a demo instance's generated password and commits; throws (and rolls back) if one is already there. */
    @Transactional(TxType.REQUIRES_NEW)
    public void insertGeneratedPassword(String secret, Instant now) {
        em.persist(new GeneratedSealPassword(GeneratedSealPassword.DEMO, secret, now));
        em.flush();
    }
}
