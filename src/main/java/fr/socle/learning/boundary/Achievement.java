package fr.socle.learning.boundary;

/**
 * What an enrolment may have achieved, as the documents issued for it ask: the whole programme
 * completed (a cursus certificate), the training started (an attestation of the training followed,
 * a certificat de réalisation), the training started by an élu (an attestation d'assiduité).
 */
public enum Achievement {
    PROGRAMME_COMPLETED, TRAINING_STARTED, ELU_TRAINING_STARTED
}
