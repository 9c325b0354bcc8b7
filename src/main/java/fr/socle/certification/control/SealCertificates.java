package fr.socle.certification.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and certificates Socle makes itself when no keystore provides them: a local certification
 * authority (self-signed, the trust anchor verifiers are given) and, issued by it, one seal
 * certificate per organisation. Also their PKCS#12 and PEM forms. RSA 3072 and SHA-256 throughout.
 * Stateless and thread-safe.
 */
public final class SealCertificates {

    /** The id of the local authority's row and of its {@link Seal}. */
    public static final String LOCAL_CA = "local-ca";
    public static final String LOCAL_CA_NAME = "Socle autorité locale de cachet";
    public static final int KEY_BITS = 3072;
    public static final Duration CA_VALIDITY = Duration.ofDays(20 * 365 + 5);
    public static final Duration SEAL_VALIDITY = Duration.ofDays(5 * 365 + 1);
    /** Certificates start a little in the past so that another node's slightly late clock accepts them. */
    private static final Duration BACKDATE = Duration.ofMinutes(10);
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealCertificates() {
    }

    /** A new local authority: self-signed, CA, may sign certificates and CRLs, valid 20 years. */
    public static Seal newAuthority(Instant now) {
        try {
            KeyPair keys = keyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, LOCAL_CA_NAME).addRDN(BCStyle.O, "Socle").build();
            Instant from = now.minus(BACKDATE);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from),
                    Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            return new Seal(LOCAL_CA, keys.getPrivate(), List.of(sign(builder, keys.getPrivate())));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the local authority", e);
        }
    }

    /**
     * A new seal for an organisation, issued by this authority: CN and O are the organisation's name,
     * serialNumber its id (two organisations of the same name keep distinct names); digital signature
     * and non-repudiation; valid 5 years but never beyond the authority.
     */
    public static Seal issue(Seal authority, String organisationId, String organisationName, Instant now) {
        if (organisationId == null || organisationId.isBlank() || organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("a seal needs its organisation's id and name");
        }
        try {
            KeyPair keys = keyPair();
            X509Certificate ca = authority.certificate();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, organisationName.strip())
                    .addRDN(BCStyle.O, organisationName.strip())
                    .addRDN(BCStyle.SERIALNUMBER, organisationId)
                    .build();
            Instant from = now.minus(BACKDATE);
            Instant until = now.plus(SEAL_VALIDITY);
            if (until.isAfter(ca.getNotAfter().toInstant())) {
                until = ca.getNotAfter().toInstant();
            }
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(from), Date.from(until),
                    subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(sign(builder, authority.privateKey()));
            chain.addAll(authority.chain());
            return new Seal(organisationId, keys.getPrivate(), chain);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a seal certificate for " + organisationId, e);
        }
    }

    /** Whether this seal's certificate is still valid at {@code when} plus the margin. */
    public static boolean validFor(Seal seal, Instant when, Duration margin) {
        X509Certificate cert = seal.certificate();
        Instant until = when.plus(margin);
        return !when.isBefore(cert.getNotBefore().toInstant()) && until.isBefore(cert.getNotAfter().toInstant());
    }

    /** The seal as a password-protected PKCS#12 holding one entry whose alias is the seal's id. */
    public static byte[] toPkcs12(Seal seal, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(seal.organisationId(), seal.privateKey(), password, seal.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the PKCS#12 of " + seal.organisationId(), e);
        }
    }

    /**
     * Reads the seal stored under this alias in a PKCS#12.
     *
     * @throws IllegalStateException if the password is wrong or the entry is missing or not a key
     */
    public static Seal fromPkcs12(String alias, byte[] pkcs12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            Seal seal = entry(store, alias, password);
            if (seal == null) {
                throw new IllegalStateException("no key entry " + alias + " in its PKCS#12");
            }
            return seal;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the PKCS#12 of " + alias + " (wrong socle.seal.password?)", e);
        }
    }

    /** The key entry under this alias of a loaded keystore, or null if it has none. */
    static Seal entry(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        if (!store.isKeyEntry(alias)) {
            return null;
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate[] chain = store.getCertificateChain(alias);
        if (key == null || chain == null || chain.length == 0) {
            return null;
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : chain) {
            certs.add((X509Certificate) c);
        }
        return new Seal(alias, key, certs);
    }

    /** The certificates in PEM, in order. */
    public static String pem(List<X509Certificate> certificates) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (X509Certificate c : certificates) {
                pem.writeObject(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The instant as a UTC date, for logs. */
    static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, RANDOM);
        return generator.generateKeyPair();
    }

    /** A positive random serial of 159 bits (RFC 5280: at most 20 octets, unpredictable). */
    private static BigInteger serial() {
        return new BigInteger(159, RANDOM).setBit(158);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key)));
    }
}
