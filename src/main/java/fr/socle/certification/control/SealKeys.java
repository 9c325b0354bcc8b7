package fr.socle.certification.control;

import fr.socle.certification.entity.SealKey;
import fr.socle.platform.Clock;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisations' seals. A seal comes from the configured keystore ({@code socle.seal.keystore},
 * a PKCS#12 whose entry alias is the organisation's id) when it has one; otherwise Socle makes it on
 * first need: a local certification authority (once, row {@code local-ca}) and, issued by it, the
 * organisation's seal certificate (row = the organisation's id), both stored as PKCS#12 protected by
 * {@code socle.seal.password}. A generated seal is renewed 30 days before it expires.
 * <p>
 * Several threads or instances asking at once end with one key: each inserts in a transaction of its
 * own ({@link SealKeyRows}), and whoever finds the row already there reads it instead. Seals are
 * cached in memory.
 */
@ApplicationScoped
public class SealKeys {

    static final String DEV_PASSWORD = "socle-dev-only";
    /** A generated seal is replaced when it has less than this left. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

    @Inject
    SealKeyRows rows;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.seal.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "socle.seal.password", defaultValue = DEV_PASSWORD)
    String password;

    private final Map<String, Seal> seals = new ConcurrentHashMap<>();
    /** Held only while a seal missing from the cache is read or made: never on the cached path. */
    private final Object making = new Object();
    private volatile Map<String, Seal> configured = Map.of();
    private volatile List<X509Certificate> configuredAnchors = List.of();
    private volatile Seal authority;

    /** Why the configured keystore could not be read; every use of the seals then fails with it. */
    private volatile IllegalStateException keystoreProblem;

    @PostConstruct
    void init() {
        if (DEV_PASSWORD.equals(password)) {
            LOG.warning("WARNING: socle.seal.password (SOCLE_SEAL_PASSWORD) is not set: seal keys are protected by the "
                    + "development default. Set it in production, before the first document is issued.");
        }
        if (keystore.isPresent() && !keystore.get().isBlank()) {
            try {
                loadKeystore(Path.of(keystore.get().strip()));
            } catch (IllegalStateException e) {
                keystoreProblem = e;
                LOG.log(Level.SEVERE, e.getMessage() + ": no document can be sealed until it is fixed", e.getCause());
            }
        }
    }

    /** At start, so that the password warning and keystore errors show in the boot log. */
    void onSchemaReady(@Observes SchemaReady ready) {
        LOG.fine(() -> "Seal keys ready: " + configured.size() + " from the keystore");
    }

    /**
     * The organisation's seal: from the keystore if it has an entry for this id, otherwise the one
     * Socle made (made now if there is none yet, with the organisation's name in the certificate).
     */
    public Seal seal(String organisationId, String organisationName) {
        usable();
        if (organisationId == null || organisationId.isBlank() || organisationId.length() > 40
                || SealCertificates.LOCAL_CA.equalsIgnoreCase(organisationId)) {
            throw new IllegalArgumentException("not an organisation id: " + organisationId);
        }
        Seal own = configured.get(organisationId.toLowerCase(Locale.ROOT));
        if (own != null) {
            return own;
        }
        Seal cached = seals.get(organisationId);
        if (cached != null && fresh(cached)) {
            return cached;
        }
        synchronized (making) {
            cached = seals.get(organisationId);
            if (cached != null && fresh(cached)) {
                return cached;
            }
            Seal seal = storedOrMade(organisationId, organisationName);
            seals.put(organisationId, seal);
            return seal;
        }
    }

    /** The organisation's certificate chain in PEM: its seal certificate, then its CA(s). */
    public String chainPem(String organisationId, String organisationName) {
        return SealCertificates.pem(seal(organisationId, organisationName).chain());
    }

    /**
     * The certificates a verifier should trust: the local authority (if Socle has made it) and the
     * top certificate of each configured entry's chain.
     */
    public List<X509Certificate> trustAnchors() {
        usable();
        Set<X509Certificate> anchors = new LinkedHashSet<>(configuredAnchors);
        Seal local = authority;
        if (local == null) {
            Optional<SealKey> row = rows.find(SealCertificates.LOCAL_CA);
            if (row.isPresent()) {
                local = read(row.get());
                authority = local;
            }
        }
        if (local != null) {
            anchors.add(local.certificate());
        }
        return List.copyOf(anchors);
    }

    private void usable() {
        IllegalStateException problem = keystoreProblem;
        if (problem != null) {
            throw new IllegalStateException(problem.getMessage(), problem);
        }
    }

    private Seal storedOrMade(String organisationId, String organisationName) {
        Optional<SealKey> row = rows.find(organisationId);
        if (row.isPresent()) {
            Seal seal = read(row.get());
            return fresh(seal) ? seal : renewed(row.get(), organisationName);
        }
        boolean authorityExisted = authority != null || rows.find(SealCertificates.LOCAL_CA).isPresent();
        Seal made = SealCertificates.issue(authority(), organisationId, name(organisationId, organisationName), clock.now());
        Seal seal = insertOrRead(made);
        if (seal == made) {
            String what = authorityExisted ? "a seal certificate" : "a local CA and a seal certificate";
            LOG.info(() -> "Socle created " + what + " for " + organisationName + " (" + organisationId
                    + ") — configure SOCLE_SEAL_KEYSTORE to use your own");
        }
        return seal;
    }

    private Seal renewed(SealKey old, String organisationName) {
        Instant now = clock.now();
        Seal made = SealCertificates.issue(authority(), old.getId(), name(old.getId(), organisationName), now);
        if (rows.renew(old.getId(), SealCertificates.toPkcs12(made, password.toCharArray()), old.getCreatedAt(), now)) {
            LOG.info(() -> "Socle renewed the seal certificate of " + organisationName + " (" + old.getId() + "), valid until "
                    + made.certificate().getNotAfter().toInstant());
            return made;
        }
        return read(rows.find(old.getId()).orElseThrow(() -> new IllegalStateException("seal key " + old.getId() + " vanished")));
    }

    /** The local authority: cached, stored, or made now. Called while holding {@link #making}. */
    private Seal authority() {
        Seal local = authority;
        if (local == null) {
            local = rows.find(SealCertificates.LOCAL_CA).map(this::read)
                    .orElseGet(() -> insertOrRead(SealCertificates.newAuthority(clock.now())));
            authority = local;
        }
        return local;
    }

    /** Stores what was made, or, if another thread or instance stored one first, reads that one. */
    private Seal insertOrRead(Seal made) {
        String id = made.organisationId();
        try {
            rows.insert(id, SealCertificates.toPkcs12(made, password.toCharArray()), clock.now());
            return made;
        } catch (RuntimeException e) {
            Optional<SealKey> winner = rows.find(id);
            if (winner.isEmpty()) {
                throw e;
            }
            LOG.log(Level.FINE, "Seal key " + id + " was stored by another instance first; using it", e);
            return read(winner.get());
        }
    }

    private Seal read(SealKey row) {
        return SealCertificates.fromPkcs12(row.getId(), row.getPkcs12(), password.toCharArray());
    }

    private boolean fresh(Seal seal) {
        return SealCertificates.validFor(seal, clock.now(), RENEW_BEFORE);
    }

    private static String name(String organisationId, String organisationName) {
        return organisationName == null || organisationName.isBlank() ? organisationId : organisationName;
    }

    private void loadKeystore(Path path) {
        char[] secret = password.toCharArray();
        try {
            if (!Files.isReadable(path)) {
                throw new IllegalStateException("socle.seal.keystore " + path + " cannot be read");
            }
            KeyStore store = KeyStore.getInstance(path.toFile(), secret);
            Map<String, Seal> entries = new HashMap<>();
            Set<X509Certificate> anchors = new LinkedHashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                Seal seal = SealCertificates.entry(store, alias, secret);
                if (seal != null) {
                    entries.put(alias.toLowerCase(Locale.ROOT), seal);
                    anchors.add(seal.chain().get(seal.chain().size() - 1));
                    if (!SealCertificates.validFor(seal, Instant.now(), RENEW_BEFORE)) {
                        LOG.warning(() -> "Seal keystore " + path + ": the certificate of " + alias + " is valid only until "
                                + SealCertificates.day(seal.certificate().getNotAfter().toInstant()) + ": replace it");
                    }
                }
            }
            configured = Map.copyOf(entries);
            configuredAnchors = List.copyOf(new ArrayList<>(anchors));
            LOG.info(() -> "Seal keystore " + path + ": " + entries.size() + " organisation seal(s) " + entries.keySet());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the seal keystore " + path + " (is socle.seal.password its password?)", e);
        }
    }
}
