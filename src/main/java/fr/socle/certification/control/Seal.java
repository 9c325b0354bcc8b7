package fr.socle.certification.control;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An organisation's electronic seal: its private key and certificate chain (the seal certificate
 * first, then its CA). It seals the PDFs and signs the credentials and status lists the
 * organisation issues.
 *
 * @param organisationId the organisation it belongs to
 * @param privateKey     the key (RSA)
 * @param chain          seal certificate first, then the issuing CA(s)
 */
public record Seal(String organisationId, PrivateKey privateKey, List<X509Certificate> chain) {

    public Seal {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
