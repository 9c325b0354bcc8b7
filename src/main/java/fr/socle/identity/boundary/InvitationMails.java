package fr.socle.identity.boundary;

import fr.socle.platform.Formats;
import fr.socle.platform.Mailer;
import fr.socle.platform.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells an invited person by e-mail, when mail is configured: once the invitation is committed, off the
 * request's thread. No link with a secret: the person accepts after signing in. A message that cannot go
 * is logged and not retried; the invitation waits on the person's account page all the same.
 */
@ApplicationScoped
public class InvitationMails {

    private static final Logger LOG = Logger.getLogger(InvitationMails.class.getName());
    /** The roles' labels: socle.role.LEARNER and so on. */
    private static final String ROLE_LABELS = "socle.role.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).withZone(Formats.PARIS);

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "socle.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) Invitations.InvitationSent sent) {
        if (!mailer.enabled()) {
            return;
        }
        try {
            executor.submit(() -> send(sent));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Invitation e-mail not sent (executor busy): " + e.getMessage());
        }
    }

    private void send(Invitations.InvitationSent sent) {
        Locale fr = Messages.DEFAULT;
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String role = Messages.get(fr, ROLE_LABELS + sent.role().name());
        String subject = Messages.get(fr, "socle.invitation.mail.subject", sent.organisationName());
        String body = Messages.get(fr, "socle.invitation.mail.body", sent.inviterName(), sent.organisationName(),
                role, DAY.format(sent.expiresAt()), base + "/account/index.xhtml");
        try {
            mailer.send(List.of(sent.email()), subject, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation e-mail not sent: " + e.getMessage());
        }
    }
}
