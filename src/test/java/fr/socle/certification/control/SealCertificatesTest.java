package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SealCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static Seal authority;
    private static Seal seal;

    @BeforeAll
    static void keys() {
        authority = SealCertificates.newAuthority(NOW);
        seal = SealCertificates.issue(authority, "0b7e2c44-1111-4222-8333-944455556666", "Centre de gestion, Rhône", NOW);
    }

    @Test
    void theLocalAuthorityIsASelfSignedCaFor20Years() throws Exception {
        X509Certificate ca = authority.certificate();
        assertEquals(SealCertificates.LOCAL_CA, authority.organisationId());
        assertEquals(1, authority.chain().size());
        assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
        ca.verify(ca.getPublicKey());
        assertEquals("Socle autorité locale de cachet", rdn(ca, "CN"));
        assertTrue(ca.getBasicConstraints() >= 0, "a CA");
        assertTrue(ca.getCriticalExtensionOIDs().contains("2.5.29.19"), "basicConstraints is critical");
        boolean[] usage = ca.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertFalse(usage[0] || usage[1], "not for signing documents");
        assertEquals(3072, ((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength());
        assertEquals("SHA256withRSA", ca.getSigAlgName());
        long years = Duration.between(ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant()).toDays() / 365;
        assertEquals(20, years);
        assertFalse(ca.getNotBefore().toInstant().isAfter(NOW));
    }

    @Test
    void aSealIsIssuedByTheAuthorityForSignaturesOnly() throws Exception {
        X509Certificate cert = seal.certificate();
        X509Certificate ca = authority.certificate();
        assertEquals(List.of(cert, ca), seal.chain());
        cert.verify(ca.getPublicKey());
        assertEquals(ca.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals("Centre de gestion, Rhône", rdn(cert, "CN"));
        assertEquals("Centre de gestion, Rhône", rdn(cert, "O"));
        assertEquals("0b7e2c44-1111-4222-8333-944455556666", rdn(cert, "SERIALNUMBER"));
        assertEquals(-1, cert.getBasicConstraints(), "not a CA");
        boolean[] usage = cert.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
        assertFalse(usage[5] || usage[6], "cannot sign certificates");
        assertEquals(3072, ((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength());
        long days = Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()).toDays();
        assertTrue(days >= 5 * 365 && days <= 5 * 366, "5 years: " + days);
        assertTrue(SealCertificates.validFor(seal, NOW, Duration.ofDays(30)));
        assertFalse(SealCertificates.validFor(seal, cert.getNotAfter().toInstant().minus(Duration.ofDays(10)), Duration.ofDays(30)));
        assertTrue(cert.getSerialNumber().signum() > 0);
        assertTrue(cert.getSerialNumber().bitLength() > 64, "unpredictable serial");
    }

    @Test
    void aSealNeverOutlivesItsAuthority() {
        Instant late = authority.certificate().getNotAfter().toInstant().minus(Duration.ofDays(100));
        Seal lateSeal = SealCertificates.issue(authority, "org", "Organisme", late);
        assertEquals(authority.certificate().getNotAfter(), lateSeal.certificate().getNotAfter());
    }

    @Test
    void aSealNeedsAnIdAndAName() {
        assertThrows(IllegalArgumentException.class, () -> SealCertificates.issue(authority, "org", " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> SealCertificates.issue(authority, null, "Organisme", NOW));
    }

    @Test
    void pkcs12KeepsKeyAndChainBehindThePassword() {
        byte[] p12 = SealCertificates.toPkcs12(seal, "secret".toCharArray());
        Seal back = SealCertificates.fromPkcs12(seal.organisationId(), p12, "secret".toCharArray());
        assertEquals(seal.organisationId(), back.organisationId());
        assertEquals(seal.chain(), back.chain());
        assertArrayEquals(seal.privateKey().getEncoded(), back.privateKey().getEncoded());
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> SealCertificates.fromPkcs12(seal.organisationId(), p12, "other".toCharArray()));
        assertTrue(wrong.getMessage().contains("socle.seal.password"), wrong.getMessage());
        assertThrows(IllegalStateException.class, () -> SealCertificates.fromPkcs12("another-id", p12, "secret".toCharArray()));
        assertFalse(new String(p12, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY"));
    }

    @Test
    void pemListsTheChainInOrder() throws Exception {
        String pem = SealCertificates.pem(seal.chain());
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        List<X509Certificate> parsed = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
            parsed.add((X509Certificate) c);
        }
        assertEquals(seal.chain(), parsed);
        assertDoesNotThrow(() -> parsed.get(0).verify(parsed.get(1).getPublicKey()));
    }

    /** The value of an attribute (CN, O, SERIALNUMBER…) of the certificate's subject, or null. */
    static String rdn(X509Certificate cert, String type) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs(BCStyle.INSTANCE.attrNameToOID(type));
        return rdns.length == 0 ? null : ((ASN1String) rdns[0].getFirst().getValue()).getString();
    }
}
