package fr.socle.reporting.control;

/**
 * The general objective of a training, as the BPF (Cerfa 10443, frame F-3 "Objectif général des
 * prestations dispensées") sorts it. The six RNCP values are the "dont" sub-lines of line a, by level
 * of the national qualifications framework; every other value is a line of its own. The order is the
 * form's order, which also breaks ties when a trainee is attributed to one line (see {@link BpfFigures}).
 */
public enum Objective {
    RNCP_6_8("a", "de niveau 6 à 8 (licence, master, diplôme d’ingénieur, doctorat…)"),
    RNCP_5("a", "de niveau 5 (BTS, DUT…)"),
    RNCP_4("a", "de niveau 4 (baccalauréat professionnel, BP, BT…)"),
    RNCP_3("a", "de niveau 3 (CAP, BEP…)"),
    RNCP_2("a", "de niveau 2"),
    RNCP_CQP("a", "certificat de qualification professionnelle (CQP) sans niveau de qualification"),
    REPERTOIRE_SPECIFIQUE("b", "Formations visant une certification (dont CQP) ou une habilitation enregistrée au répertoire spécifique (RS)"),
    CQP_NON_ENREGISTRE("c", "Formations visant un CQP non enregistré au RNCP ou au RS"),
    AUTRE_FORMATION("d", "Autres formations professionnelles"),
    BILAN_COMPETENCES("e", "Bilans de compétences"),
    VAE("f", "Actions d’accompagnement à la validation des acquis de l’expérience");

    /** The label of F-3 line a, of which the RNCP values are the sub-lines. */
    public static final String RNCP_LABEL =
            "Formations visant un diplôme, un titre à finalité professionnelle ou un certificat de qualification professionnelle enregistré au RNCP";

    private final String line;
    private final String label;

    Objective(String line, String label) {
        this.line = line;
        this.label = label;
    }

    /** The letter of the F-3 line ("a" to "f"). */
    public String line() {
        return line;
    }

    /** The form's wording: for the RNCP values, the wording of the "dont" sub-line. */
    public String label() {
        return label;
    }

    /** A sub-line of line a (a diploma, title or CQP registered in the RNCP). */
    public boolean rncp() {
        return "a".equals(line);
    }
}
