package fr.socle.feedback.control;

import fr.socle.feedback.entity.SurveyQuestion.Draft;
import fr.socle.feedback.entity.SurveyQuestion.Kind;
import java.util.List;

/** The surveys every organisation starts with: a hot one at the end of a training, a cold one eight weeks later. */
public final class DefaultSurveys {

    private DefaultSurveys() {
    }

    public static final String HOT_TITLE = "Questionnaire de satisfaction à chaud";
    public static final String COLD_TITLE = "Questionnaire à froid : mise en pratique";
    public static final int COLD_DELAY_WEEKS = 8;

    public static final List<Draft> HOT = List.of(
            new Draft(Kind.LIKERT, "Les objectifs de la formation ont été atteints."),
            new Draft(Kind.LIKERT, "Le contenu de la formation correspondait à vos besoins."),
            new Draft(Kind.LIKERT, "Le formateur ou la formatrice a su transmettre et répondre à vos questions."),
            new Draft(Kind.LIKERT, "L’organisation de la formation et les supports fournis étaient satisfaisants."),
            new Draft(Kind.LIKERT, "Vous recommanderiez cette formation à un ou une collègue."),
            new Draft(Kind.TEXT, "Commentaires"));

    public static final List<Draft> COLD = List.of(
            new Draft(Kind.LIKERT, "Vous avez pu mettre en pratique ce que vous avez appris."),
            new Draft(Kind.LIKERT, "Vous utilisez régulièrement les compétences acquises pendant la formation."),
            new Draft(Kind.LIKERT, "La formation a eu un effet positif sur votre travail ou l’exercice de votre mandat."),
            new Draft(Kind.TEXT, "Commentaires"));
}
