package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSealTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.250Z");
    /** Made once: RSA 3072 keys take a second each. Never changed. */
    private static Seal authority;
    private static Seal seal;
    private static Seal otherAuthority;

    @BeforeAll
    static void keys() {
        authority = SealCertificates.newAuthority(NOW.minus(Duration.ofDays(30)));
        seal = SealCertificates.issue(authority, "7d3c1a52-0000-4000-8000-000000000001", "Organisme de formation d’Essai", NOW.minus(Duration.ofDays(1)));
        otherAuthority = SealCertificates.newAuthority(NOW.minus(Duration.ofDays(30)));
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A tagged PDF: Document > P holding the page's one marked-content sequence, with its parent tree. */
    static byte[] taggedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.MARK_INFO, markInfo());
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            PDStructureElement paragraph = new PDStructureElement("P", document);
            paragraph.setPage(page);
            document.appendKid(paragraph);
            PDMarkedContentReference mcr = new PDMarkedContentReference();
            mcr.setMCID(0);
            mcr.setPage(page);
            paragraph.appendKid(mcr);
            page.setStructParents(0);
            COSDictionary parentTree = new COSDictionary();
            COSArray nums = new COSArray();
            nums.add(COSInteger.ZERO);
            COSArray onPage = new COSArray();
            onPage.add(paragraph);
            nums.add(onPage);
            parentTree.setItem(COSName.NUMS, nums);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, 1);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, 0);
                content.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("Attestation");
                content.endText();
                content.endMarkedContent();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary markInfo() {
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        return markInfo;
    }

    static byte[] sealed() throws IOException {
        return PdfSeal.seal(pdf("Certificat de réalisation"), seal, NOW, "Organisme de formation d’Essai", "Certificat de réalisation", "Lyon");
    }

    private static List<X509Certificate> anchors() {
        return List.of(authority.certificate());
    }

    @Test
    void aSealedPdfChecksValidAndNamesItsSigner() throws IOException {
        byte[] original = pdf("Certificat de réalisation");
        byte[] sealed = PdfSeal.seal(original, seal, NOW, "Organisme de formation d’Essai", "Certificat", "Lyon");
        SealCheck check = PdfSeal.check(sealed, anchors());
        assertTrue(check.valid(), check::toString);
        assertTrue(check.signed() && check.intact() && check.coversWholeFile() && check.trusted(), check::toString);
        assertNull(check.problem());
        assertEquals("Organisme de formation d’Essai", check.signer());
        assertEquals(NOW.truncatedTo(ChronoUnit.SECONDS), check.signedAt());
        byte[] head = new byte[original.length];
        System.arraycopy(sealed, 0, head, 0, original.length);
        assertArrayEquals(original, head, "an incremental save leaves the original bytes as they were");
    }

    @Test
    void theSignatureDictionaryIsPadesBaselineB() throws IOException {
        byte[] sealed = sealed();
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals("Adobe.PPKLite", signature.getFilter());
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertEquals(NOW.truncatedTo(ChronoUnit.SECONDS), signature.getSignDate().toInstant());
            assertEquals("Organisme de formation d’Essai", signature.getName());
            assertEquals("Lyon", signature.getLocation());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(sealed.length, range[2] + range[3], "the byte range ends at the end of the file");
            assertTrue(range[2] - range[1] < 9_000, "the reserved /Contents stays small: " + (range[2] - range[1]));
        }
    }

    @Test
    void theCmsIsDetachedSha256WithSigningCertificateV2AndNoSigningTime() throws Exception {
        byte[] sealed = sealed();
        byte[] contents;
        byte[] signedContent;
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            contents = signature.getContents(sealed);
            signedContent = signature.getSignedContent(sealed);
        }
        // /Contents is the DER CMS followed by zero padding
        ContentInfo info;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            info = ContentInfo.getInstance(in.readObject());
        }
        assertTrue(new CMSSignedData(info).isDetachedSignature(), "detached: the CMS holds no content");
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
        assertEquals(CMSObjectIdentifiers.data.getId(), cms.getSignedContentTypeOID());
        assertEquals(1, cms.getSignerInfos().size());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertEquals(NISTObjectIdentifiers.id_sha256, signer.getDigestAlgorithmID().getAlgorithm());
        assertTrue(List.of(PKCSObjectIdentifiers.rsaEncryption.getId(), PKCSObjectIdentifiers.sha256WithRSAEncryption.getId())
                .contains(signer.getEncryptionAlgOID()), signer.getEncryptionAlgOID());

        AttributeTable attributes = signer.getSignedAttributes();
        assertNotNull(attributes.get(CMSAttributes.contentType));
        assertNotNull(attributes.get(CMSAttributes.messageDigest));
        assertNull(attributes.get(CMSAttributes.signingTime), "PAdES: no CMS signing-time, the time is in /M");
        assertEquals(3, attributes.size(), "content-type, message-digest, signing-certificate-v2 and nothing else");
        ASN1Encodable ess = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0);
        ESSCertIDv2 certId = SigningCertificateV2.getInstance(ess).getCerts()[0];
        assertEquals(NISTObjectIdentifiers.id_sha256, certId.getHashAlgorithm().getAlgorithm());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(seal.certificate().getEncoded()), certId.getCertHash());
        assertEquals(seal.certificate().getSerialNumber(), certId.getIssuerSerial().getSerial().getValue());

        assertEquals(2, cms.getCertificates().getMatches(null).size(), "the seal certificate and its CA");
        @SuppressWarnings("unchecked")
        X509CertificateHolder signerCert = (X509CertificateHolder) cms.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) signer.getSID()).iterator().next();
        assertArrayEquals(seal.certificate().getEncoded(), signerCert.getEncoded());
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCert)), "plain BouncyCastle verifies it");
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(seal.certificate().getPublicKey())));
    }

    @Test
    void oneChangedByteInsideTheSignedRangesBreaksIt() throws IOException {
        byte[] sealed = sealed();
        int[] range;
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        List<Integer> positions = new ArrayList<>(List.of(0, 5, range[1] - 1, range[2], sealed.length - 1,
                indexOf(sealed, "stream") + 12, indexOf(sealed, "(Lyon)") + 2, indexOf(sealed, "/M (D:") + 8));
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            int p = random.nextInt(range[1] + range[3]);
            positions.add(p < range[1] ? p : range[2] + p - range[1]);
        }
        for (int p : positions) {
            byte[] changed = sealed.clone();
            changed[p] = (byte) (changed[p] == 'A' ? 'B' : changed[p] == ' ' ? '\n' : 'A');
            SealCheck check = assertDoesNotThrow(() -> PdfSeal.check(changed, anchors()));
            assertFalse(check.intact(), () -> "byte " + p + " changed: " + check);
            assertFalse(check.valid());
        }
    }

    @Test
    void aChangedSignatureValueBreaksIt() throws IOException {
        byte[] sealed = sealed();
        int[] range;
        int cmsLength;
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            range = signature.getByteRange();
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                cmsLength = in.readObject().getEncoded().length;
            }
        }
        // the signature value is the last thing in the DER CMS (no unsigned attributes): its last 384 bytes
        int hexDigit = range[1] + 1 + 2 * (cmsLength - 100);
        byte[] changed = sealed.clone();
        changed[hexDigit] = (byte) (changed[hexDigit] == '0' ? '1' : '0');
        SealCheck check = PdfSeal.check(changed, anchors());
        assertTrue(check.signed() && check.coversWholeFile(), check::toString);
        assertFalse(check.intact(), check::toString);
        assertFalse(check.valid());
    }

    @Test
    void bytesAfterTheSignatureAreNotCovered() throws IOException {
        byte[] sealed = sealed();
        byte[] appended = concat(sealed, "\n%% appended\n".getBytes(StandardCharsets.US_ASCII));
        SealCheck check = PdfSeal.check(appended, anchors());
        assertTrue(check.signed());
        assertTrue(check.intact(), "what was signed is unchanged");
        assertFalse(check.coversWholeFile(), check::toString);
        assertFalse(check.valid());
        assertNotNull(check.problem());
    }

    @Test
    void anIncrementalUpdateAfterSealingIsNotCovered() throws IOException {
        byte[] sealed = sealed();
        byte[] updated;
        try (PDDocument doc = Loader.loadPDF(sealed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle("Changed afterwards");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            updated = out.toByteArray();
        }
        SealCheck check = PdfSeal.check(updated, anchors());
        assertTrue(check.signed() && check.intact(), check::toString);
        assertFalse(check.coversWholeFile(), check::toString);
        assertFalse(check.valid());
    }

    @Test
    void anotherAuthorityIsNotTrusted() throws IOException {
        byte[] sealed = sealed();
        SealCheck check = PdfSeal.check(sealed, List.of(otherAuthority.certificate()));
        assertTrue(check.signed() && check.intact() && check.coversWholeFile(), check::toString);
        assertFalse(check.trusted(), check::toString);
        assertFalse(check.valid());
        assertFalse(PdfSeal.check(sealed, List.of()).trusted());
        assertTrue(PdfSeal.check(sealed, List.of(otherAuthority.certificate(), authority.certificate())).valid());
    }

    @Test
    void certificatesMustBeValidAtTheSigningTime() throws IOException {
        byte[] pdf = pdf("Hors validité");
        Instant afterExpiry = seal.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1));
        SealCheck late = PdfSeal.check(PdfSeal.seal(pdf, seal, afterExpiry, "X", null, null), anchors());
        assertTrue(late.intact());
        assertFalse(late.trusted(), late::toString);
        Instant beforeIssue = seal.certificate().getNotBefore().toInstant().minus(Duration.ofDays(1));
        assertFalse(PdfSeal.check(PdfSeal.seal(pdf, seal, beforeIssue, "X", null, null), anchors()).trusted());
    }

    @Test
    void aSelfSignedCertificateIsNotTrustedUnlessItIsAnAnchor() throws IOException {
        byte[] sealed = PdfSeal.seal(pdf("Auto-signé"), otherAuthority, NOW, "Socle", null, null);
        SealCheck check = PdfSeal.check(sealed, anchors());
        assertTrue(check.intact());
        assertFalse(check.trusted(), check::toString);
    }

    @Test
    void garbageIsUnsignedWithoutAnException() throws IOException {
        Random random = new Random(7);
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(null);
        inputs.add(new byte[0]);
        inputs.add("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        inputs.add("hello, world".getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = sealed();
        inputs.add(java.util.Arrays.copyOf(sealed, sealed.length / 2));
        inputs.add(java.util.Arrays.copyOf(sealed, 900));
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[random.nextInt(5000) + 1];
            random.nextBytes(noise);
            inputs.add(noise);
            byte[] prefixed = concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), noise);
            inputs.add(prefixed);
        }
        for (byte[] input : inputs) {
            SealCheck check = assertDoesNotThrow(() -> PdfSeal.check(input, anchors()));
            assertFalse(check.valid());
            assertNotNull(check.problem());
        }
        SealCheck none = PdfSeal.check(pdf("Pas de cachet"), anchors());
        assertFalse(none.signed());
        assertEquals("no signature", none.problem());
        assertFalse(PdfSeal.check(null, anchors()).signed());
        assertFalse(PdfSeal.check("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), anchors()).signed());
    }

    @Test
    void theInvisibleFieldIsDescribedAndTaggedInATaggedPdf() throws IOException {
        byte[] sealed = PdfSeal.seal(taggedPdf(), seal, NOW, "Organisme de formation d’Essai", null, null);
        assertTrue(PdfSeal.check(sealed, anchors()).valid());
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignatureField field = doc.getSignatureFields().get(0);
            assertEquals("Cachet électronique de Organisme de formation d’Essai", field.getAlternateFieldName());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertEquals(0f, widget.getRectangle().getWidth());
            assertEquals(0f, widget.getRectangle().getHeight());
            assertTrue(widget.isPrinted() && !widget.isHidden() && !widget.isNoView(), "PDF/A: printed, not hidden");
            PDPage page = doc.getPage(0);
            assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            assertTrue(page.getAnnotations().stream().anyMatch(a -> a.getCOSObject() == widget.getCOSObject()));

            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            int key = widget.getStructParent();
            assertEquals(1, key);
            assertEquals(2, root.getParentTreeNextKey());
            COSArray nums = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            assertEquals(4, nums.size());
            assertEquals(1, ((COSInteger) nums.getObject(2)).intValue());
            COSDictionary form = (COSDictionary) nums.getObject(3);
            assertEquals("Form", form.getNameAsString(COSName.S));
            COSDictionary objr = form.getCOSDictionary(COSName.K);
            assertEquals(COSName.OBJR, objr.getCOSName(COSName.TYPE));
            assertSame(widget.getCOSObject(), objr.getDictionaryObject(COSName.OBJ));
            COSDictionary document = (COSDictionary) form.getDictionaryObject(COSName.P);
            assertEquals("Document", document.getNameAsString(COSName.S));
            COSArray kids = document.getCOSArray(COSName.K);
            assertEquals(2, kids.size(), "the paragraph, then the form");
            assertEquals("P", ((COSDictionary) kids.getObject(0)).getNameAsString(COSName.S));
            assertSame(form, kids.getObject(1));
            COSBase firstOnPage = ((COSArray) nums.getObject(1)).getObject(0);
            assertEquals("P", ((COSDictionary) firstOnPage).getNameAsString(COSName.S), "the page's entry is unchanged");
        }
    }

    @Test
    void anUntaggedPdfGetsNoStructureButStillADescription() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sealed())) {
            assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
            assertNotNull(doc.getSignatureFields().get(0).getAlternateFieldName());
        }
    }

    @Test
    void sealingIsThreadSafe() throws Exception {
        byte[] pdf = pdf("En parallèle");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Instant at = NOW.plusSeconds(i);
                results.add(pool.submit(() -> PdfSeal.seal(pdf, seal, at, "Organisme", null, null)));
            }
            for (int i = 0; i < results.size(); i++) {
                SealCheck check = PdfSeal.check(results.get(i).get(60, TimeUnit.SECONDS), anchors());
                assertTrue(check.valid(), check::toString);
                assertEquals(NOW.plusSeconds(i).truncatedTo(ChronoUnit.SECONDS), check.signedAt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void popplerPdfsigFindsTheSignatureValid(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
        Path file = dir.resolve("sealed.pdf");
        Files.write(file, PdfSeal.seal(taggedPdf(), seal, NOW, "Organisme de formation d’Essai", "Attestation", "Lyon"));
        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.contains("Signature is Valid"), output);
        assertTrue(output.contains("ETSI.CAdES.detached"), output);
        assertTrue(output.contains("Total document signed"), output);

        Files.write(file, concat(Files.readAllBytes(file), "\n".getBytes(StandardCharsets.US_ASCII)));
        Process again = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String appended = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        again.waitFor(60, TimeUnit.SECONDS);
        assertFalse(appended.contains("Total document signed"), appended);
    }

    @Test
    void sealingTimeWarm() throws IOException {
        byte[] pdf = pdf("Mesure");
        for (int i = 0; i < 15; i++) {
            PdfSeal.seal(pdf, seal, NOW, "Organisme", null, null);
        }
        int n = 40;
        long start = System.nanoTime();
        byte[] last = null;
        for (int i = 0; i < n; i++) {
            last = PdfSeal.seal(pdf, seal, NOW, "Organisme", null, null);
        }
        double sealMs = (System.nanoTime() - start) / 1e6 / n;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PdfSeal.check(last, anchors());
        }
        double checkMs = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("PdfSeal warm, RSA %d: seal %.1f ms per PDF, check %.1f ms per PDF (%d bytes)%n",
                SealCertificates.KEY_BITS, sealMs, checkMs, last.length);
        assertTrue(sealMs < 2000, "sealing takes " + sealMs + " ms");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not found");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
