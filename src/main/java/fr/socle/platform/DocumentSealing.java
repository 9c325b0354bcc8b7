package fr.socle.platform;

/**
 * The one sealing step, as features that certification itself depends on see it (delivery: the
 * attendance sheets), so that they need not depend on certification in turn: its only
 * implementation is certification's {@code Sealing} facade, which the other features call directly.
 */
public interface DocumentSealing {

    /**
     * A PDF sealed with the organisation's electronic seal (PAdES, {@code ETSI.CAdES.detached}): the
     * bytes unchanged, followed by an incremental update holding the signature, signed now.
     *
     * @param organisationId   whose seal
     * @param organisationName its name (the signer's name, and the seal certificate's if it is made now)
     * @param pdf              the PDF, laid out by {@link HtmlPdf}
     * @param reason           the signature's {@code /Reason}, e.g. "Feuille d'émargement scellée"
     */
    byte[] seal(String organisationId, String organisationName, byte[] pdf, String reason);
}
