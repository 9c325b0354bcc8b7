package fr.socle.certification.control;

import fr.socle.certification.entity.SealKey;
import fr.socle.platform.Clock;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
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
 * Without that password outside demo mode, Socle refuses to start (see {@link SealPassword}, the rule): this bean is
 * made before the schema is migrated so that the refusal comes first and fails the deployment. Keys an earlier
 * version stored under its published development password are re-protected by the password in use at start.
 * <p>
 * Several threads or instances asking at once end with one key: each inserts in a transaction of its
 * own ({@link SealKeyRows}), and whoever finds the row already there reads it instead. Seals are
 * cached in memory.
 */
@ApplicationScoped
public class SealKeys {

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
    @ConfigProperty(name = "socle.seal.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "socle.demo", defaultValue = "false")
    boolean demo;

    /** The keys' password: the configured one, or (demo mode) the generated one once read; null until then. */
    private volatile String password;
    /** True once the password is known and keys under the published password are re-protected. */
    private volatile boolean ready;

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
        boolean withKeystore = keystore.isPresent() && !keystore.get().isBlank();
        SealPassword decided;
        try {
            decided = SealPassword.decide(demo, configuredPassword, withKeystore);
        } catch (SealPassword.Refused refused) {
            LOG.severe("Socle refuses to start. " + refused.getMessage());
            throw refused;
        }
        password = decided.value();
        if (decided.isGenerated()) {
            LOG.info("Demo mode without SOCLE_SEAL_PASSWORD: the seal keys are protected by a password Socle generates once "
                    + "and keeps in the database beside them (demo only: set SOCLE_SEAL_PASSWORD in production)");
        } else if (password.length() < SealPassword.ADVISED_LENGTH) {
            LOG.warning("SOCLE_SEAL_PASSWORD is shorter than " + SealPassword.ADVISED_LENGTH + " characters: a longer one is advised");
        }
        if (withKeystore) {
            try {
                loadKeystore(Path.of(keystore.get().strip()));
            } catch (IllegalStateException e) {
                keystoreProblem = e;
                LOG.log(Level.SEVERE, e.getMessage() + ": no document can be sealed until it is fixed", e.getCause());
            }
        }
    }

    /**
     * At deployment, before the schema is migrated: making this bean applies the start-up rule, and a refusal (an
     * exception here) fails the deployment, so that Socle never serves with keys under a published password.
     */
    void atStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object context) {
        LOG.fine(() -> "Seal password decided; " + configured.size() + " seal(s) from the keystore");
    }

    /** Once the schema is ready and before the demo content seals anything: the password known, old keys re-protected. */
    void onSchemaReady(@Observes @Priority(50) SchemaReady schema) {
        ready();
    }

    private void ready() {
        if (ready) {
            return;
        }
        synchronized (making) {
            if (!ready) {
                if (password == null) {
                    password = generatedPassword();
                }
                reprotectPublished();
                ready = true;
            }
        }
    }

    /** The password a demo instance generated: the stored one, or made now (whoever stores first wins). */
    private String generatedPassword() {
        Optional<String> stored = rows.generatedPassword();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            rows.insertGeneratedPassword(made, clock.now());
            LOG.info("Socle generated the password of this demo instance's seal keys");
            return made;
        } catch (RuntimeException e) {
            return rows.generatedPassword().orElseThrow(() -> e);
        }
    }

    /**
     * Keys that an earlier version stored under its published development password are re-protected by the password in
     * use, once, at start; the log says so, since anyone with a copy of the database could read them until then.
     */
    private void reprotectPublished() {
        if (SealPassword.PUBLISHED.equals(password)) {
            return;
        }
        Optional<SealKey> authorityRow = rows.find(SealCertificates.LOCAL_CA);
        if (authorityRow.isEmpty() || opens(authorityRow.get(), password)) {
            return;
        }
        if (!opens(authorityRow.get(), SealPassword.PUBLISHED)) {
            LOG.severe("The seal keys stored in the database cannot be read with SOCLE_SEAL_PASSWORD (was it changed?): "
                    + "no document can be sealed until it is the password they were stored under");
            return;
        }
        List<String> reprotected = new ArrayList<>();
        for (String id : rows.ids()) {
            Optional<SealKey> row = rows.find(id);
            if (row.isPresent() && opens(row.get(), SealPassword.PUBLISHED)) {
                Seal seal = SealCertificates.fromPkcs12(id, row.get().getPkcs12(), SealPassword.PUBLISHED.toCharArray());
                if (rows.renew(id, SealCertificates.toPkcs12(seal, password.toCharArray()), row.get().getCreatedAt(), clock.now())) {
                    reprotected.add(id);
                }
            }
        }
        LOG.warning(() -> reprotected.size() + " seal key(s) " + reprotected + " were protected by the development password "
                + "that earlier versions published; they are now protected by " + (demo && configuredPassword.isEmpty()
                ? "this demo instance's generated password" : "SOCLE_SEAL_PASSWORD") + ". Until now anyone with a copy of the "
                + "database could read them: treat them as exposed (SOCLE_SEAL_KEYSTORE takes seals of your own).");
    }

    private static boolean opens(SealKey row, String candidate) {
        try {
            SealCertificates.fromPkcs12(row.getId(), row.getPkcs12(), candidate.toCharArray());
            return true;
        } catch (IllegalStateException wrong) {
            return false;
        }
    }

    /**
     * The organisation's seal: from the keystore if it has an entry for this id, otherwise the one
     * Socle made (made now if there is none yet, with the organisation's name in the certificate).
     */
    public Seal seal(String organisationId, String organisationName) {
        usable();
        ready();
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
        ready();
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
