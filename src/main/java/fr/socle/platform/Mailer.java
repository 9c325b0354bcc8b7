package fr.socle.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends plain-text e-mails through the SMTP server of the configuration ({@code socle.smtp.host},
 * {@code .port}, {@code .user}, {@code .password}, {@code .starttls}, {@code socle.mail.from}; from the
 * environment SOCLE_SMTP_HOST and so on). With no host, mail is off: it says so once in the log and
 * sends nothing, and callers keep what they meant to send for later. Jakarta Mail (Angus Mail) is
 * part of Payara Micro's runtime.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** Why a message could not go: the caller tries again later. */
    public static class MailFailure extends RuntimeException {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final AtomicBoolean saidDisabled = new AtomicBoolean();
    private Session session;
    private String from;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        Optional<String> host = config.getOptionalValue("socle.smtp.host", String.class).map(String::strip).filter(h -> !h.isEmpty());
        if (host.isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", config.getOptionalValue("socle.smtp.port", Integer.class).orElse(25).toString());
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        boolean starttls = config.getOptionalValue("socle.smtp.starttls", Boolean.class).orElse(false);
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        Optional<String> user = config.getOptionalValue("socle.smtp.user", String.class).filter(u -> !u.isBlank());
        String password = config.getOptionalValue("socle.smtp.password", String.class).orElse("");
        Authenticator authenticator = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            };
        }
        from = config.getOptionalValue("socle.mail.from", String.class).filter(f -> !f.isBlank()).orElse("socle@localhost");
        session = Session.getInstance(props, authenticator);
        LOG.info(() -> "Mail through " + host.get() + ":" + props.get("mail.smtp.port") + (starttls ? " (STARTTLS)" : ""));
    }

    /** Whether an SMTP server is configured. */
    public boolean enabled() {
        if (session == null && saidDisabled.compareAndSet(false, true)) {
            LOG.info("No SMTP server configured (socle.smtp.host): e-mails are not sent");
        }
        return session != null;
    }

    /**
     * Sends one plain-text message to these addresses.
     *
     * @return false when mail is off (nothing sent)
     * @throws MailFailure when the server refuses it or cannot be reached
     */
    public boolean send(List<String> to, String subject, String body) {
        if (!enabled()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            throw new MailFailure("mail not sent: " + e.getMessage(), e);
        }
    }
}
