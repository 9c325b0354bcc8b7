package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.certification.entity.SealKey;
import fr.socle.platform.Clock;
import jakarta.persistence.EntityExistsException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SealKeys without a container: the rows live in a map standing for the seal_key table (an insert
 * of an existing id fails as the primary key would), shared by instances standing for cluster nodes.
 */
class SealKeysTest {

    private static final String ORG = "5f0c6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6";
    private static final String NAME = "Organisme de formation de la Drôme";

    /** The seal_key table. */
    static final class Table {
        final Map<String, SealKey> rows = new ConcurrentHashMap<>();
        final AtomicInteger failedInserts = new AtomicInteger();
        /** The seal_password table's one row. */
        final java.util.concurrent.atomic.AtomicReference<String> generatedPassword = new java.util.concurrent.atomic.AtomicReference<>();
    }

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public Instant now() {
            return now;
        }
    }

    /** A SealKeys (a cluster node) whose rows are the table's. */
    static final class Node extends SealKeys {
        final Rows fake;

        Node(Table table, Clock clock, String password, String keystorePath) {
            this(table, clock, password, keystorePath, false);
        }

        /** A node started in or out of demo mode, with this SOCLE_SEAL_PASSWORD (null: not set). */
        Node(Table table, Clock clock, String password, String keystorePath, boolean demo) {
            this.fake = new Rows(table);
            this.rows = fake;
            this.clock = clock;
            this.configuredPassword = Optional.ofNullable(password);
            this.demo = demo;
            this.keystore = Optional.ofNullable(keystorePath);
            init();
        }

        Node(Table table, Clock clock) {
            this(table, clock, "test-password", null);
        }
    }

    /** SealKeyRows on the map: an insert of an existing id fails as the primary key makes it. */
    static final class Rows extends SealKeyRows {
        final Table table;
        volatile Runnable beforeInsert = () -> { };

        Rows(Table table) {
            this.table = table;
        }

        @Override
        public Optional<SealKey> find(String id) {
            return Optional.ofNullable(table.rows.get(id));
        }

        @Override
        public void insert(String id, byte[] pkcs12, Instant now) {
            beforeInsert.run();
            if (table.rows.putIfAbsent(id, new SealKey(id, pkcs12, now)) != null) {
                table.failedInserts.incrementAndGet();
                throw new EntityExistsException("duplicate key " + id);
            }
        }

        @Override
        public List<String> ids() {
            return table.rows.keySet().stream().sorted().toList();
        }

        @Override
        public Optional<String> generatedPassword() {
            return Optional.ofNullable(table.generatedPassword.get());
        }

        @Override
        public void insertGeneratedPassword(String secret, Instant now) {
            if (!table.generatedPassword.compareAndSet(null, secret)) {
                throw new EntityExistsException("duplicate key demo");
            }
        }

        @Override
        public boolean renew(String id, byte[] pkcs12, Instant was, Instant now) {
            synchronized (table) {
                SealKey row = table.rows.get(id);
                if (row == null || !row.getCreatedAt().equals(was)) {
                    return false;
                }
                table.rows.put(id, new SealKey(id, pkcs12, now));
                return true;
            }
        }
    }

    @Test
    void theFirstNeedMakesALocalCaAndASealOnce() throws Exception {
        Table table = new Table();
        Node node = new Node(table, new MovableClock());
        assertEquals(List.of(), node.trustAnchors(), "nothing made before it is needed");

        Seal seal = node.seal(ORG, NAME);
        assertEquals(Set.of(SealCertificates.LOCAL_CA, ORG), table.rows.keySet());
        assertSame(seal, node.seal(ORG, NAME), "cached");
        assertEquals(ORG, seal.organisationId());
        assertEquals(2, seal.chain().size());
        X509Certificate ca = seal.chain().get(1);
        seal.certificate().verify(ca.getPublicKey());
        assertEquals(List.of(ca), node.trustAnchors());
        assertEquals(NAME, SealCertificatesTest.rdn(seal.certificate(), "CN"));

        Seal stored = SealCertificates.fromPkcs12(ORG, table.rows.get(ORG).getPkcs12(), "test-password".toCharArray());
        assertEquals(seal.chain(), stored.chain());

        byte[] sealed = PdfSeal.seal(PdfSealTest.pdf("Attestation"), seal, Instant.now(), NAME, null, null);
        SealCheck check = PdfSeal.check(sealed, node.trustAnchors());
        assertTrue(check.valid(), check::toString);
        assertEquals(NAME, check.signer());
    }

    @Test
    void anotherInstanceUsesTheStoredKeysAndTrustsTheSameAuthority() {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        Seal first = new Node(table, clock).seal(ORG, NAME);
        Node other = new Node(table, clock);
        assertEquals(List.of(first.chain().get(1)), other.trustAnchors());
        Seal second = other.seal(ORG, NAME);
        assertEquals(first.chain(), second.chain());
        assertEquals(2, table.rows.size());
    }

    @Test
    void whenAnotherInstanceStoresFirstItsKeyIsTheOneUsed() {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        Node a = new Node(table, clock);
        Node b = new Node(table, clock);
        a.seal("org-warm-up", "Organisme A");
        AtomicInteger hooks = new AtomicInteger();
        Seal[] fromA = new Seal[1];
        b.fake.beforeInsert = () -> {
            if (hooks.getAndIncrement() == 0) {
                fromA[0] = a.seal(ORG, NAME); // a overtakes b between its read and its insert
            }
        };
        Seal fromB = b.seal(ORG, NAME);
        assertEquals(1, table.failedInserts.get(), "b's insert met a's row");
        assertEquals(fromA[0].chain(), fromB.chain());
        assertEquals(fromA[0].privateKey(), fromB.privateKey());
        assertSame(fromB, b.seal(ORG, NAME));
    }

    @Test
    void concurrentRequestsOnSeveralInstancesEndWithOneKey() throws Exception {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        List<Node> nodes = List.of(new Node(table, clock), new Node(table, clock), new Node(table, clock));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Seal>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Node node = nodes.get(i % nodes.size());
                results.add(pool.submit(() -> {
                    start.await();
                    return node.seal(ORG, NAME);
                }));
            }
            start.countDown();
            Set<X509Certificate> certificates = new HashSet<>();
            for (Future<Seal> result : results) {
                certificates.add(result.get(120, TimeUnit.SECONDS).certificate());
            }
            assertEquals(1, certificates.size(), "one seal");
            assertEquals(2, table.rows.size(), "one authority and one seal stored");
            X509Certificate ca = SealCertificates.fromPkcs12(SealCertificates.LOCAL_CA,
                    table.rows.get(SealCertificates.LOCAL_CA).getPkcs12(), "test-password".toCharArray()).certificate();
            certificates.iterator().next().verify(ca.getPublicKey());
            for (Node node : nodes) {
                assertEquals(List.of(ca), node.trustAnchors());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeystoreEntryNamedAfterTheOrganisationTakesPrecedence(@TempDir Path dir) throws Exception {
        Seal ownCa = SealCertificates.newAuthority(Instant.now());
        Seal own = SealCertificates.issue(ownCa, ORG, "Son propre cachet", Instant.now());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ORG, own.privateKey(), "store-password".toCharArray(), own.chain().toArray(new Certificate[0]));
        Path file = dir.resolve("seals.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "store-password".toCharArray());
        }
        Table table = new Table();
        Node node = new Node(table, new MovableClock(), "store-password", file.toString());

        Seal seal = node.seal(ORG, NAME);
        assertEquals(own.chain(), seal.chain());
        assertEquals(own.privateKey(), seal.privateKey());
        assertTrue(table.rows.isEmpty(), "nothing generated for a configured organisation");
        assertEquals(List.of(ownCa.certificate()), node.trustAnchors());

        Seal generated = node.seal("another-organisation", "Un autre organisme");
        assertNotEquals(ownCa.certificate(), generated.chain().get(1));
        assertEquals(List.of(ownCa.certificate(), generated.chain().get(1)), node.trustAnchors());
        assertTrue(PdfSeal.check(PdfSeal.seal(PdfSealTest.pdf("A"), seal, Instant.now(), "X", null, null), node.trustAnchors()).valid());
    }

    @Test
    void aMisconfiguredKeystoreIsAClearError(@TempDir Path dir) throws Exception {
        Table table = new Table();
        Node node = new Node(table, new MovableClock(), "x", dir.resolve("missing.p12").toString());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> node.seal(ORG, NAME));
        assertTrue(missing.getMessage().contains("missing.p12"), missing.getMessage());
        assertThrows(IllegalStateException.class, node::trustAnchors);
        assertTrue(table.rows.isEmpty(), "no key made in its place");

        Path file = dir.resolve("seals.p12");
        Seal ownCa = SealCertificates.newAuthority(Instant.now());
        Files.write(file, SealCertificates.toPkcs12(ownCa, "right".toCharArray()));
        Node wrongPassword = new Node(table, new MovableClock(), "wrong", file.toString());
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> wrongPassword.seal(ORG, NAME));
        assertTrue(wrong.getMessage().contains("socle.seal.password"), wrong.getMessage());
        assertTrue(new Node(table, new MovableClock(), "right", file.toString()).trustAnchors().contains(ownCa.certificate()));
    }

    @Test
    void aSealCloseToExpiryIsRenewedOnceUnderTheSameAuthority() throws Exception {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        Node node = new Node(table, clock);
        Seal old = node.seal(ORG, NAME);
        byte[] sealedBefore = PdfSeal.seal(PdfSealTest.pdf("Avant"), old, clock.now(), NAME, null, null);

        clock.now = old.certificate().getNotAfter().toInstant().minus(Duration.ofDays(10));
        Seal renewed = node.seal(ORG, NAME);
        assertNotEquals(old.certificate(), renewed.certificate());
        assertEquals(old.chain().get(1), renewed.chain().get(1), "same authority");
        assertEquals(clock.now, table.rows.get(ORG).getCreatedAt());
        Seal onOtherNode = new Node(table, clock).seal(ORG, NAME);
        assertEquals(renewed.certificate(), onOtherNode.certificate(), "renewed once");

        assertTrue(PdfSeal.check(sealedBefore, node.trustAnchors()).valid(), "documents sealed before stay valid");
        assertTrue(PdfSeal.check(PdfSeal.seal(PdfSealTest.pdf("Après"), renewed, clock.now(), NAME, null, null), node.trustAnchors()).valid());
    }

    @Test
    void anotherPasswordCannotReadTheStoredKeys() {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        new Node(table, clock).seal(ORG, NAME);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Node(table, clock, "changed", null).seal(ORG, NAME));
        assertTrue(e.getMessage().contains("socle.seal.password"), e.getMessage());
    }

    @Test
    void theLocalAuthorityIsNotAnOrganisation() {
        Node node = new Node(new Table(), new MovableClock());
        assertThrows(IllegalArgumentException.class, () -> node.seal(SealCertificates.LOCAL_CA, "Pirate"));
        assertThrows(IllegalArgumentException.class, () -> node.seal(" ", "Vide"));
    }

    @Test
    void theChainIsPublishedAsPem() throws Exception {
        Node node = new Node(new Table(), new MovableClock());
        String pem = node.chainPem(ORG, NAME);
        List<X509Certificate> parsed = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
            parsed.add((X509Certificate) c);
        }
        assertEquals(node.seal(ORG, NAME).chain(), parsed);
        assertEquals(node.trustAnchors().get(0), parsed.get(1));
    }

    // The start-up rule (SealPassword) as SealKeys applies it

    @Test
    void outsideDemoModeNoPasswordRefusesTheStartAndSaysWhatToSet() {
        Table table = new Table();
        SealPassword.Refused refused = assertThrows(SealPassword.Refused.class,
                () -> new Node(table, new MovableClock(), null, null, false));
        assertTrue(refused.getMessage().contains("SOCLE_SEAL_PASSWORD"), refused.getMessage());
        assertThrows(SealPassword.Refused.class, () -> new Node(table, new MovableClock(), SealPassword.PUBLISHED, null, false),
                "nor the password earlier versions published");
        assertTrue(table.rows.isEmpty() && table.generatedPassword.get() == null, "nothing made");
    }

    @Test
    void demoModeWithoutPasswordGeneratesOneOnceAndEveryInstanceUsesIt() {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        Node first = new Node(table, clock, null, null, true);
        Seal seal = first.seal(ORG, NAME);
        String generated = table.generatedPassword.get();
        assertTrue(generated != null && generated.length() >= 40, "a random password of 32 bytes");
        assertEquals(seal.chain(), SealCertificates.fromPkcs12(ORG, table.rows.get(ORG).getPkcs12(), generated.toCharArray()).chain());
        assertThrows(IllegalStateException.class, () -> SealCertificates.fromPkcs12(ORG, table.rows.get(ORG).getPkcs12(),
                SealPassword.PUBLISHED.toCharArray()), "not the published password");

        Seal again = new Node(table, clock, null, null, true).seal(ORG, NAME);
        assertEquals(seal.chain(), again.chain(), "another instance (or a restart) reads the same password and keys");
        assertEquals(generated, table.generatedPassword.get(), "generated once");
    }

    @Test
    void keysStoredUnderThePublishedPasswordAreReprotectedByTheConfiguredOne() {
        Table table = new Table();
        MovableClock clock = new MovableClock();
        Seal before = new Node(table, clock, SealPassword.PUBLISHED, null, true).seal(ORG, NAME); // as earlier versions stored them

        Node upgraded = new Node(table, clock, "a-secret-of-our-own", null, false);
        assertEquals(List.of(before.chain().get(1)), upgraded.trustAnchors(), "the same authority, read after re-protection");
        assertEquals(before.chain(), upgraded.seal(ORG, NAME).chain(), "the same seal");
        for (String id : List.of(SealCertificates.LOCAL_CA, ORG)) {
            byte[] stored = table.rows.get(id).getPkcs12();
            SealCertificates.fromPkcs12(id, stored, "a-secret-of-our-own".toCharArray());
            assertThrows(IllegalStateException.class, () -> SealCertificates.fromPkcs12(id, stored, SealPassword.PUBLISHED.toCharArray()),
                    id + " no longer opens with the published password");
        }
    }
}
