package fr.socle.reporting.control;

/**
 * The general objective of a training, as the BPF (Cerfa 10443, frame F-3 "Objectif général des
 * prestations dispensées") sorts it. The six RNCP values are the "dont" sub-lines of line a, by level
 * of the national qualifications framework; every other value is a line of its own. The order is the
 * form's order, which also breaks ties when a trainee is attributed to one line (see {@link BpfFigures}).
 */
public enum Objective {
    RNCP_6_8("a"),
    RNCP_5("a"),
    RNCP_4("a"),
    RNCP_3("a"),
    RNCP_2("a"),
    RNCP_CQP("a"),
    REPERTOIRE_SPECIFIQUE("b"),
    CQP_NON_ENREGISTRE("c"),
    AUTRE_FORMATION("d"),
    BILAN_COMPETENCES("e"),
    VAE("f");


    private final String line;

    Objective(String line) {
        this.line = line;
    }

    private static final java.util.regex.Pattern RS = java.util.regex.Pattern.compile(
            "r[ée]pertoire sp[ée]cifique|(?-i:\\bRS\\s?\\d*\\b)|habilitation", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CQP = java.util.regex.Pattern.compile(
            "\\bCQP\\b|certificat de qualification professionnelle", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern NOT_REGISTERED = java.util.regex.Pattern.compile(
            "non[ -]enregistr", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern BILAN = java.util.regex.Pattern.compile(
            "bilans? de comp[ée]tences?", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern VAE_WORDS = java.util.regex.Pattern.compile(
            "\\bVAE\\b|validation des acquis", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile(
            "niveau\\s+([1-8])\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The objective of a programme, from what its version says of the certification it prepares for
     * ({@code ProgrammeVersion.certification}, free text) and its level ({@code ProgrammeVersion.level},
     * the national framework's 1 to 8). In order:
     * <ol>
     * <li>no certification text → {@link #AUTRE_FORMATION} ("autres formations professionnelles"): a
     *     training that prepares for no certification, such as the élus' and agents' parcours;</li>
     * <li>a bilan de compétences → {@link #BILAN_COMPETENCES}; a VAE (validation des acquis) → {@link #VAE};</li>
     * <li>the répertoire spécifique ("RS", "répertoire spécifique", an "habilitation") → {@link #REPERTOIRE_SPECIFIQUE}
     *     (line b takes RS certifications, CQP included);</li>
     * <li>a CQP said to be "non enregistré" → {@link #CQP_NON_ENREGISTRE};</li>
     * <li>otherwise the certification is taken as registered in the RNCP (a diploma, a titre professionnel,
     *     a titre à finalité professionnelle, a CQP) and goes to the "dont" line of its level: the
     *     version's level, else a "niveau N" in the text; 6, 7 and 8 → {@link #RNCP_6_8}; 5, 4, 3 → their
     *     lines; 2 and 1 → {@link #RNCP_2} (no certification is registered at level 1, the form has no
     *     line for it); a CQP without a level → {@link #RNCP_CQP};</li>
     * <li>a certification with no level found and not a CQP cannot be placed in line a (whose sub-lines
     *     must add up): {@link #AUTRE_FORMATION}, until its level is entered.</li>
     * </ol>
     * The seed cursus CMN ("Titre professionnel Responsable d’espace de médiation numérique (REMN),
     * niveau 5", level 5) is thus {@link #RNCP_5}.
     */
    public static Objective of(String certification, Integer level) {
        if (certification == null || certification.isBlank()) {
            return AUTRE_FORMATION;
        }
        if (BILAN.matcher(certification).find()) {
            return BILAN_COMPETENCES;
        }
        if (VAE_WORDS.matcher(certification).find()) {
            return VAE;
        }
        if (RS.matcher(certification).find()) {
            return REPERTOIRE_SPECIFIQUE;
        }
        boolean cqp = CQP.matcher(certification).find();
        if (cqp && NOT_REGISTERED.matcher(certification).find()) {
            return CQP_NON_ENREGISTRE;
        }
        Integer n = level;
        if (n == null) {
            var m = LEVEL.matcher(certification);
            n = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (n == null) {
            return cqp ? RNCP_CQP : AUTRE_FORMATION;
        }
        if (n >= 6) {
            return RNCP_6_8;
        }
        return switch (n) {
            case 5 -> RNCP_5;
            case 4 -> RNCP_4;
            case 3 -> RNCP_3;
            default -> RNCP_2;
        };
    }

    /** The letter of the F-3 line ("a" to "f"). */
    public String line() {
        return line;
    }

    /** A sub-line of line a (a diploma, title or CQP registered in the RNCP). */
    public boolean rncp() {
        return "a".equals(line);
    }
}
