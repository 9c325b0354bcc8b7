package fr.socle.certification.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Seals PDFs with an organisation's electronic seal (PAdES baseline B) and checks sealed PDFs.
 * <p>
 * A seal is a signature dictionary {@code /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached}
 * whose {@code /M} is the signing time, holding a detached CMS SignedData (SHA-256 with RSA) whose
 * signed attributes are exactly content-type, message-digest and ESS signing-certificate-v2 (no
 * CMS signing-time: the time is in {@code /M}), with the seal's certificate chain. It is added by an
 * incremental save, the last thing written, so that it covers the whole file. Its field is invisible
 * (a zero rectangle), described by {@code /TU} and, in a tagged PDF, tagged as a {@code Form} element,
 * so that PDF/UA checkers and screen readers find it.
 * <p>
 * Stateless and thread-safe.
 */
public final class PdfSeal {

    public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName FORM = COSName.getPDFName("Form");
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    /** Room in /Contents beyond the certificates and the signature value: the CMS structure and attributes. */
    private static final int CMS_OVERHEAD = 1536;
    private static final Set<ASN1ObjectIdentifier> STRONG_DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private PdfSeal() {
    }

    /**
     * The PDF sealed: the original bytes unchanged, followed by an incremental update holding the
     * signature.
     *
     * @param pdf         the PDF to seal
     * @param seal        the organisation's key and chain (seal certificate first)
     * @param signingTime written as {@code /M} (to the second)
     * @param signerName  {@code /Name}, and in the field's description
     * @param reason      {@code /Reason}, or null
     * @param location    {@code /Location}, or null
     * @throws IllegalArgumentException if the bytes are not a PDF PDFBox can read
     * @throws IllegalStateException    if signing fails
     */
    public static byte[] seal(byte[] pdf, Seal seal, Instant signingTime, String signerName, String reason, String location) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(signingTime, "signingTime");
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
        }
        try (PDDocument doc = document; SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            at.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(at);
            options.setPreferredSignatureSize(reserve(seal));
            doc.addSignature(signature, options);
            describe(doc, signature, "Cachet électronique" + (signerName == null || signerName.isBlank() ? "" : " de " + signerName));

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * options.getPreferredSignatureSize() + 8192);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] signedBytes = external.getContent().readAllBytes();
            external.setSignature(cms(signedBytes, seal));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the PDF", e);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("cannot seal the PDF", e);
        }
    }

    /**
     * Checks the last signature of a PDF (the one that should cover the whole file): the CMS
     * signature over its byte ranges, that the byte ranges are the whole file but the signature, and
     * that the signer's certificate chains to one of the anchors at the signing time. Never throws:
     * unreadable input gives {@code signed=false} and a problem.
     */
    public static SealCheck check(byte[] pdf, Collection<X509Certificate> trustAnchors) {
        if (pdf == null || pdf.length == 0) {
            return SealCheck.unsigned("empty file");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = lastSignature(doc);
            if (signature == null) {
                return SealCheck.unsigned("no signature");
            }
            return check(pdf, signature, trustAnchors == null ? List.of() : trustAnchors);
        } catch (IOException e) {
            return SealCheck.unsigned("not a readable PDF: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return SealCheck.unsigned("unreadable: " + e);
        }
    }

    private static SealCheck check(byte[] pdf, PDSignature signature, Collection<X509Certificate> anchors) {
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] < 0 || range[1] < 0 || range[2] < 0 || range[3] < 0
                || (long) range[0] + range[1] > range[2] || (long) range[2] + range[3] > pdf.length) {
            return new SealCheck(false, false, false, false, null, signedAt, "malformed /ByteRange " + Arrays.toString(range));
        }
        byte[] cms = hexContents(pdf, range[0] + range[1], range[2]);
        if (cms == null) {
            return new SealCheck(false, false, false, false, null, signedAt, "the /ByteRange gap is not a hexadecimal /Contents");
        }
        byte[] signedBytes = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signedBytes, 0, range[1]);
        System.arraycopy(pdf, range[2], signedBytes, range[1], range[3]);

        List<String> problems = new ArrayList<>();
        boolean covers = range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        if (!covers) {
            problems.add("the signature does not cover the whole file (" + ((long) range[2] + range[3]) + " of " + pdf.length + " bytes)");
        }
        if (!Arrays.equals(cms, signature.getContents())) {
            covers = false;
            problems.add("the /ByteRange gap is not this signature's /Contents");
        }
        if (!ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            problems.add("/SubFilter is " + signature.getSubFilter() + ", not ETSI.CAdES.detached");
        }

        CMSSignedData signedData;
        SignerInformation signer;
        X509Certificate certificate;
        List<X509Certificate> bundled = new ArrayList<>();
        try {
            signedData = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo(cms));
            if (signedData.getSignerInfos().size() != 1) {
                return new SealCheck(false, false, covers, false, null, signedAt, "the CMS has " + signedData.getSignerInfos().size() + " signers, not one");
            }
            signer = signedData.getSignerInfos().getSigners().iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
                bundled.add(converter.getCertificate(holder));
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (matches.isEmpty()) {
                return new SealCheck(true, false, covers, false, null, signedAt, "the CMS does not hold the signer's certificate");
            }
            certificate = converter.getCertificate(matches.iterator().next());
        } catch (CMSException | GeneralSecurityException | IOException | RuntimeException e) {
            return new SealCheck(false, false, covers, false, null, signedAt, "unreadable CMS: " + e.getMessage());
        }
        String name = commonName(certificate);

        boolean intact;
        try {
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            if (!intact) {
                problems.add("the CMS signature does not verify");
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            intact = false;
            problems.add("the CMS signature does not verify: " + e.getMessage());
        }
        if (!STRONG_DIGESTS.contains(signer.getDigestAlgorithmID().getAlgorithm())) {
            intact = false;
            problems.add("weak digest algorithm " + signer.getDigestAlgorithmID().getAlgorithm());
        }
        String essProblem = signingCertificateProblem(signer, certificate);
        if (essProblem != null) {
            if (!essProblem.startsWith("no ")) {
                intact = false;
            }
            problems.add(essProblem);
        }

        String trustProblem = trustProblem(certificate, bundled, anchors, signedAt == null ? Instant.now() : signedAt);
        if (trustProblem != null) {
            problems.add(trustProblem);
        }
        return new SealCheck(true, intact, covers, trustProblem == null, name, signedAt,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** The CMS for these bytes: detached, SHA-256 with RSA, three signed attributes, the seal's chain. */
    static byte[] cms(byte[] content, Seal seal) throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
        X509Certificate certificate = seal.certificate();
        ESSCertIDv2 certId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                        certificate.getSerialNumber()));
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId})));
        CMSAttributeTableGenerator signedAttributes = parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(signedAttributes)
                .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(seal.privateKey()), certificate));
        generator.addCertificates(new JcaCertStore(seal.chain()));
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
    }

    /** The CMS's first ASN.1 object: /Contents is padded with zeros after it. */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** Bytes reserved for the CMS: the chain, the signature value and room for the rest. */
    private static int reserve(Seal seal) {
        int size = CMS_OVERHEAD;
        for (X509Certificate c : seal.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (GeneralSecurityException e) {
                size += 2048;
            }
        }
        size += seal.privateKey() instanceof RSAKey rsa ? rsa.getModulus().bitLength() / 8 + 1 : 1024;
        return size;
    }

    /**
     * Describes the new signature field for assistive technologies: {@code /TU}, the page's tab
     * order by structure, and in a tagged PDF a {@code Form} structure element that holds the widget
     * (appended to the document element, registered in the parent tree).
     */
    private static void describe(PDDocument doc, PDSignature signature, String description) throws IOException {
        PDSignatureField field = null;
        for (PDSignatureField f : doc.getSignatureFields()) {
            if (f.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                field = f;
            }
        }
        if (field == null) {
            return;
        }
        field.setAlternateFieldName(description);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDPage page = widget.getPage();
        if (page == null) {
            return;
        }
        page.getCOSObject().setItem(TABS, COSName.S);
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            tag(root.getCOSObject(), widget, page);
        }
    }

    private static void tag(COSDictionary root, PDAnnotationWidget widget, PDPage page) {
        COSDictionary parent = root;
        COSBase top = root.getDictionaryObject(COSName.K);
        if (top instanceof COSArray array && array.size() == 1) {
            top = array.getObject(0);
        }
        if (top instanceof COSDictionary element && element.containsKey(COSName.S)) {
            parent = element;
        }
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.OBJR);
        reference.setItem(COSName.OBJ, widget.getCOSObject());
        reference.setItem(COSName.PG, page.getCOSObject());
        reference.setDirect(true);
        COSDictionary form = new COSDictionary();
        form.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
        form.setItem(COSName.S, FORM);
        form.setItem(COSName.P, parent);
        form.setItem(COSName.PG, page.getCOSObject());
        form.setItem(COSName.K, reference);
        appendKid(parent, form);

        int key = nextParentTreeKey(root);
        widget.setStructParent(key);
        COSDictionary parentTree = root.getCOSDictionary(COSName.PARENT_TREE);
        if (parentTree == null) {
            parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, new COSArray());
            root.setItem(COSName.PARENT_TREE, parentTree);
        }
        addToNumberTree(parentTree, key, form);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, key + 1);
    }

    private static void appendKid(COSDictionary parent, COSDictionary kid) {
        COSBase kids = parent.getDictionaryObject(COSName.K);
        COSArray array;
        if (kids instanceof COSArray existing) {
            array = new COSArray();
            for (int i = 0; i < existing.size(); i++) {
                array.add(existing.get(i));
            }
        } else {
            array = new COSArray();
            if (kids != null) {
                array.add(parent.getItem(COSName.K));
            }
        }
        array.add(kid);
        parent.setItem(COSName.K, array);
    }

    /** The parent-tree key for a new entry: ParentTreeNextKey, or one past every key present. */
    private static int nextParentTreeKey(COSDictionary root) {
        int next = root.getInt(COSName.PARENT_TREE_NEXT_KEY, 0);
        COSBase tree = root.getDictionaryObject(COSName.PARENT_TREE);
        if (tree instanceof COSDictionary node) {
            next = Math.max(next, largestKey(node, 0) + 1);
        }
        return next;
    }

    private static int largestKey(COSDictionary node, int depth) {
        int largest = -1;
        if (depth > 32) {
            return largest;
        }
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber n) {
                    largest = Math.max(largest, n.intValue());
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    largest = Math.max(largest, largestKey(kid, depth + 1));
                }
            }
        }
        return largest;
    }

    /** Adds a key larger than all others: to the end of the last leaf, widening the limits on the way. */
    private static void addToNumberTree(COSDictionary node, int key, COSBase value) {
        COSArray limits = node.getCOSArray(COSName.LIMITS);
        if (limits != null && limits.size() == 2) {
            limits.set(1, COSInteger.get(key));
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null && kids.size() > 0 && kids.getObject(kids.size() - 1) instanceof COSDictionary last) {
            addToNumberTree(last, key, value);
            return;
        }
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums == null) {
            nums = new COSArray();
            node.setItem(COSName.NUMS, nums);
        }
        nums.add(COSInteger.get(key));
        nums.add(value);
    }

    /** The signature whose byte range ends last: the one meant to cover the file. */
    private static PDSignature lastSignature(PDDocument doc) {
        PDSignature last = null;
        long end = -1;
        for (PDSignature s : doc.getSignatureDictionaries()) {
            int[] r = s.getByteRange();
            long e = r != null && r.length == 4 ? (long) r[2] + r[3] : 0;
            if (last == null || e > end) {
                last = s;
                end = e;
            }
        }
        return last;
    }

    /** The bytes of the hexadecimal string that fills exactly [from, to) of the file, or null. */
    private static byte[] hexContents(byte[] pdf, int from, int to) {
        if (to - from < 2 || pdf[from] != '<' || pdf[to - 1] != '>' || (to - from) % 2 != 0) {
            return null;
        }
        byte[] out = new byte[(to - from - 2) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(pdf[from + 1 + 2 * i], 16);
            int lo = Character.digit(pdf[from + 2 + 2 * i], 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Null if the ESS signing-certificate-v2 attribute names this certificate; what is wrong otherwise. */
    private static String signingCertificateProblem(SignerInformation signer, X509Certificate certificate) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return "no signing-certificate-v2 attribute";
        }
        try {
            SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = value.getCerts()[0];
            AlgorithmIdentifier algorithm = id.getHashAlgorithm();
            MessageDigest digest = MessageDigest.getInstance(algorithm.getAlgorithm().getId());
            if (!MessageDigest.isEqual(id.getCertHash(), digest.digest(certificate.getEncoded()))) {
                return "signing-certificate-v2 names another certificate";
            }
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return "unreadable signing-certificate-v2: " + e.getMessage();
        }
    }

    /** Null if the certificate chains to an anchor at this time (through the bundled certificates). */
    private static String trustProblem(X509Certificate certificate, List<X509Certificate> bundled,
                                       Collection<X509Certificate> anchors, Instant at) {
        if (anchors.isEmpty()) {
            return "no trust anchors";
        }
        Date when = Date.from(at);
        try {
            boolean[] usage = certificate.getKeyUsage();
            if (usage != null && !usage[0] && !usage[1]) {
                return "the signer's certificate is not for signatures";
            }
            if (anchors.contains(certificate)) {
                certificate.checkValidity(when);
                return null;
            }
            Set<TrustAnchor> trust = new HashSet<>();
            for (X509Certificate a : anchors) {
                trust.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(when);
            List<X509Certificate> pool = new ArrayList<>(bundled);
            pool.add(certificate);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            result.getTrustAnchor().getTrustedCert().checkValidity(when);
            return null;
        } catch (CertPathBuilderException e) {
            return "no trusted chain at " + at + ": " + e.getMessage();
        } catch (GeneralSecurityException | RuntimeException e) {
            return "untrusted: " + e.getMessage();
        }
    }

    /** The subject's CN, or the whole subject if it has none. */
    private static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        if (cn.length == 0) {
            return subject.toString();
        }
        ASN1Encodable value = cn[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }
}
