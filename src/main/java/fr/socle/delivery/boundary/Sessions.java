package fr.socle.delivery.boundary;

import fr.socle.platform.Formats;
import fr.socle.identity.entity.Account;
import fr.socle.catalogue.boundary.Programmes;
import fr.socle.delivery.control.AttendanceSheet;
import fr.socle.delivery.control.Drawings;
import fr.socle.delivery.control.SignCodes;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.boundary.Enrolments;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.DocumentSealing;
import fr.socle.platform.Problem;
import fr.socle.learning.boundary.Learning;
import fr.socle.learning.boundary.LearningRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions and their attendance sheets. Trainers and administrators of the session's organisation
 * run them; its learners sign their half-days. A counter-signed half-day is sealed: its signatures
 * put their minutes in the hours ledger, and it changes only through correction records.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Programmes programmes;

    @Inject
    Enrolments enrolments;

    @Inject
    Learning learning;

    /** Certification's sealing step (reached through platform: certification itself reads sessions). */
    @Inject
    DocumentSealing sealing;

    @Inject
    LearningRecords learningRecords;

    public record Slot(LocalDate date, HalfDay.Period period, int startMinute, int endMinute, String module, boolean remote) {
    }

    /** How early before its start a remote half-day takes connections. */
    static final int REMOTE_EARLY_MINUTES = 30;

    /** The shortest life of a QR code's code: a learner still has time to sign in on a phone. */
    static final int MIN_CODE_SECONDS = 15;

    @Inject
    AttendanceKeys keys;

    /** Minutes before a half-day's start, and after its end, during which learners may sign in the room. */
    @Inject
    @ConfigProperty(name = "socle.attendance.margin-minutes", defaultValue = "15")
    int marginMinutes;

    /** Seconds each QR code's code is shown before the next one (it is accepted for one step more). */
    @Inject
    @ConfigProperty(name = "socle.attendance.code-seconds", defaultValue = "60")
    int codeSeconds;

    private volatile SignCodes codes;

    public TrainingSession create(Caller caller, String organisationId, String programme, String module, String title, String place,
                                  int capacity, List<Slot> slots) {
        Organisation organisation = runs(caller, organisationId) ? em.find(Organisation.class, organisationId) : null;
        if (organisation == null) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        var version = programmes.version(Optional.of(caller), programme, null);
        try {
            TrainingSession s = new TrainingSession(organisation, version, module, title, place, capacity, caller.email(), clock.now());
            for (Slot slot : slots == null ? List.<Slot>of() : slots) {
                s.addHalfDay(slot.date(), slot.period(), slot.startMinute(), slot.endMinute(), slot.module(), slot.remote());
            }
            em.persist(s);
            em.flush();
            return s;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.session.invalid");
        }
    }

    /** A session the caller runs, or in which it is a learner; 404 otherwise. */
    public TrainingSession find(Caller caller, String id) {
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !(runs(caller, s.getOrganisation().getId()) || caller.isRegistrar()
                || s.getLearners().stream().anyMatch(e -> e.getLearner().getId().equals(caller.accountId())))) {
            throw Problem.notFound("socle.session.notFound");
        }
        return s;
    }

    /** The sessions of the organisations the caller trains in or administers, latest first. */
    public List<TrainingSession> taught(Caller caller) {
        var ids = caller.taught();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(TrainingSession.IN_ORGANISATIONS, TrainingSession.class).setParameter("ids", ids).getResultList();
    }

    /** The sessions the caller is a learner of. */
    public List<TrainingSession> attended(Caller caller) {
        return em.createNamedQuery(TrainingSession.OF_LEARNER, TrainingSession.class).setParameter("learner", caller.accountId())
                .getResultList();
    }

    /** The enrolments that could join a session: same programme version, not ended, in an organisation the caller trains. */
    public List<Enrolment> candidates(Caller caller, String sessionId) {
        TrainingSession s = run(caller, sessionId);
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.organisation.id IN :ids AND e.version.id = :version "
                        + "AND e.status IN (fr.socle.learning.boundary.EnrolmentStatus.INSCRIT, fr.socle.learning.boundary.EnrolmentStatus.ENTRE) "
                        + "ORDER BY e.enrolledAt", Enrolment.class)
                .setParameter("ids", caller.taught()).setParameter("version", s.getVersion().getId()).getResultStream()
                .filter(e -> !s.has(e)).toList();
    }

    public void addLearner(Caller caller, String sessionId, String enrolmentId) {
        TrainingSession s = run(caller, sessionId);
        Enrolment e = enrolments.find(caller, enrolmentId);
        try {
            s.add(e);
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("socle.session.badEnrolment");
        } catch (IllegalStateException ex) {
            throw Problem.conflict("socle.session.full");
        }
    }

    /**
     * The learner signs one of its half-days: an authenticated click or a drawn signature (a PNG data
     * URL), with time, address and browser. In the room, only during the half-day's own slot (from the
     * margin before its start to the margin after its end, French time), and with the code the
     * trainer's QR code shows now ({@link #signCode}): 409 outside the slot, 403 without a current code.
     * On a remote half-day, signing is connecting: only during the half-day (from a little before its
     * start), and neither a drawing nor a code is asked for.
     */
    public AttendanceSignature sign(Caller caller, String sessionId, String halfDayId, String ip, String userAgent, String drawing,
                                    String code) {
        String kept = checked(drawing);
        TrainingSession s = find(caller, sessionId);
        HalfDay h = halfDay(s, halfDayId);
        Enrolment e = s.getLearners().stream().filter(l -> l.getLearner().getId().equals(caller.accountId())).findFirst()
                .orElseThrow(() -> Problem.forbidden("socle.session.notALearner"));
        if (h.isSealed()) {
            throw Problem.conflict("socle.session.sealed");
        }
        if (h.hasSigned(e)) {
            throw Problem.conflict("socle.session.alreadySigned");
        }
        Instant now = clock.now();
        if (h.isRemote()) {
            if (now.isBefore(h.at(h.getStartMinute() - REMOTE_EARLY_MINUTES)) || now.isAfter(h.at(h.getEndMinute()))) {
                throw Problem.conflict("socle.session.remoteClosed");
            }
        } else {
            requireOpen(h, now);
            if (code == null || code.isBlank()) {
                throw Problem.forbidden("socle.session.codeRequired");
            }
            if (!codes().accepts(s.getId(), h.getId(), code, now)) {
                throw Problem.forbidden("socle.session.codeInvalid");
            }
        }
        try {
            AttendanceSignature signature = h.sign(e, ip, userAgent, kept, now);
            em.flush();
            return signature;
        } catch (IllegalStateException ex) {
            throw Problem.conflict(h.isSealed() ? "socle.session.sealed" : "socle.session.alreadySigned");
        }
    }

    /**
     * The trainer records that a learner of the session is present (one who has no phone, or whose
     * phone fails): the sheet shows it as the trainer's attestation, with who and when, until it is
     * sealed. Not bound to the slot, like the counter-signature: the trainer answers for the sheet.
     */
    public AttendanceSignature attest(Caller caller, String sessionId, String halfDayId, String enrolmentId, String ip, String userAgent) {
        TrainingSession s = run(caller, sessionId);
        HalfDay h = halfDay(s, halfDayId);
        Enrolment e = s.getLearners().stream().filter(l -> l.getId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.enrolment.notFound"));
        try {
            AttendanceSignature signature = h.attest(e, caller.accountId(), ip, userAgent, clock.now());
            em.flush();
            return signature;
        } catch (IllegalStateException ex) {
            throw Problem.conflict(h.isSealed() ? "socle.session.sealed" : "socle.session.alreadyAttested");
        }
    }

    /** The code a half-day's QR code carries now, until when it is accepted, and the half-day's signing window. */
    public record SignCode(String code, Instant validUntil, int renewalSeconds, Instant opens, Instant closes, boolean open) {
        /** The code as a person reads and types it: ABCD-EFGH. */
        public String grouped() {
            return SignCodes.grouped(code);
        }
    }

    /**
     * For the trainer's screen (or the trainer's own kiosk through the API): the current code of an
     * unsealed half-day in the room, renewed every {@code SOCLE_ATTENDANCE_CODE_SECONDS}. The session's
     * trainers and administrators only (403 for its learners, 404 for anyone else).
     */
    public SignCode signCode(Caller caller, String sessionId, String halfDayId) {
        TrainingSession s = run(caller, sessionId);
        HalfDay h = halfDay(s, halfDayId);
        if (h.isRemote()) {
            throw Problem.conflict("socle.session.remoteNoCode");
        }
        if (h.isSealed()) {
            throw Problem.conflict("socle.session.sealed");
        }
        Instant now = clock.now();
        SignCodes codes = codes();
        return new SignCode(codes.code(s.getId(), h.getId(), now), codes.validUntil(now), (int) codes.step().toSeconds(),
                h.signingOpens(margin()), h.signingCloses(margin()), h.signingOpenAt(now, margin()));
    }

    /** Whether learners may sign this half-day in the room now. */
    public boolean signingOpen(HalfDay h) {
        return h.signingOpenAt(clock.now(), margin());
    }

    /** Whether signing this half-day in the room has not opened yet. */
    public boolean signingUpcoming(HalfDay h) {
        return clock.now().isBefore(h.signingOpens(margin()));
    }

    /** Whether signing this half-day in the room is open, or opens within a day (the trainer's page then renews its QR code). */
    public boolean signingSoon(HalfDay h) {
        Instant now = clock.now();
        return !now.isAfter(h.signingCloses(margin())) && now.plus(java.time.Duration.ofDays(1)).isAfter(h.signingOpens(margin()));
    }

    /** When learners may start signing this half-day in the room. */
    public Instant signingOpens(HalfDay h) {
        return h.signingOpens(margin());
    }

    /** When signing this half-day in the room closes. */
    public Instant signingCloses(HalfDay h) {
        return h.signingCloses(margin());
    }

    /** How often the trainer's page renews its QR codes: half a step, so that the code on screen is always accepted. */
    public int refreshSeconds() {
        return (int) Math.max(5, codes().step().toSeconds() / 2);
    }

    private void requireOpen(HalfDay h, Instant now) {
        if (now.isBefore(h.signingOpens(margin()))) {
            throw Problem.conflict("socle.session.signingNotOpen", day(h.signingOpens(margin())), clockTime(h.signingOpens(margin())));
        }
        if (now.isAfter(h.signingCloses(margin()))) {
            throw Problem.conflict("socle.session.signingClosed", day(h.signingCloses(margin())), clockTime(h.signingCloses(margin())));
        }
    }

    private static String day(Instant i) {
        return Formats.FRENCH_DAY.format(i.atZone(Formats.PARIS));
    }

    private static String clockTime(Instant i) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(i.atZone(Formats.PARIS));
    }

    private java.time.Duration margin() {
        return java.time.Duration.ofMinutes(Math.max(0, Math.min(marginMinutes, 12 * 60)));
    }

    private SignCodes codes() {
        SignCodes c = codes;
        if (c == null) {
            byte[] key;
            try {
                key = keys.key();
            } catch (RuntimeException race) {
                key = keys.key();
            }
            c = new SignCodes(key, Math.max(MIN_CODE_SECONDS, codeSeconds));
            codes = c;
        }
        return c;
    }

    /** The trainer counter-signs: the sheet is sealed, and each signature's minutes go to the ledger. */
    public HalfDay seal(Caller caller, String sessionId, String halfDayId, String ip, String drawing) {
        String kept = checked(drawing);
        TrainingSession s = run(caller, sessionId);
        HalfDay h = halfDay(s, halfDayId);
        if (h.isSealed()) {
            throw Problem.conflict("socle.session.sealed");
        }
        Instant now = clock.now();
        h.seal(caller.accountId(), ip, kept, now);
        for (AttendanceSignature signature : h.getSignatures()) {
            learning.postAttendance(signature.getEnrolment().getId(), h.getModuleCode(), h.minutes(), signature.getSignedAt());
        }
        em.flush();
        return h;
    }

    /** After sealing, a correction record: minutes added (or removed) for a learner, with the reason. */
    public void correct(Caller caller, String sessionId, String halfDayId, String enrolmentId, int minutes, String reason) {
        TrainingSession s = run(caller, sessionId);
        HalfDay h = halfDay(s, halfDayId);
        Enrolment e = s.getLearners().stream().filter(l -> l.getId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.enrolment.notFound"));
        Instant now = clock.now();
        try {
            em.persist(h.correct(e, minutes, reason, caller.accountId(), now));
        } catch (IllegalStateException ex) {
            throw Problem.conflict("socle.session.notSealed");
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("socle.session.badCorrection");
        }
        learning.postCorrection(e.getId(), h.getModuleCode(), minutes);
        em.flush();
    }

    /**
     * The attendance sheet as PDF or CSV, for the session's trainers and administrators, and registrars.
     * The PDF of a sheet whose every half-day is counter-signed is sealed.
     */
    public byte[] sheet(Caller caller, String sessionId, boolean pdf) {
        TrainingSession s = find(caller, sessionId);
        if (!runs(caller, s.getOrganisation().getId()) && !caller.isRegistrar()) {
            throw Problem.forbidden("socle.session.notATrainer");
        }
        var sheet = new AttendanceSheet(s, this::displayName, this::activityDuring);
        if (!pdf) {
            return sheet.csv();
        }
        boolean closed = !s.getHalfDays().isEmpty() && s.getHalfDays().stream().allMatch(HalfDay::isSealed);
        return closed ? sealed(s, sheet.pdf(), "Feuille d'émargement scellée : " + s.getTitle()) : sheet.pdf();
    }

    /**
     * A sheet once sealed (every half-day it shows counter-signed) carries the organisation's electronic
     * seal, verifiable like its documents: the database lock made visible and checkable in the file.
     */
    private byte[] sealed(TrainingSession s, byte[] pdf, String reason) {
        Organisation o = s.getOrganisation();
        return sealing.seal(o.getId(), o.getName(), pdf, reason);
    }

    /**
     * The sheet of one half-day as PDF (for exports: the agrément dossier has one file per sealed
     * half-day), for the session's trainers and administrators, and registrars; 404 otherwise. Sealed
     * once the half-day is counter-signed.
     */
    public byte[] halfDaySheet(Caller caller, String halfDayId) {
        HalfDay h = halfDayId == null ? null : em.find(HalfDay.class, halfDayId);
        if (h == null || !(runs(caller, h.getSession().getOrganisation().getId()) || caller.isRegistrar())) {
            throw Problem.notFound("socle.session.halfDayNotFound");
        }
        byte[] pdf = new AttendanceSheet(h.getSession(), this::displayName, this::activityDuring).pdf(h);
        return h.isSealed() ? sealed(h.getSession(), pdf, "Feuille d'émargement scellée : " + h.getSession().getTitle()
                + ", " + Formats.FRENCH_DAY.format(h.getDate()) + (h.getPeriod() == HalfDay.Period.MATIN ? " matin" : " après-midi")) : pdf;
    }

    /** The name of an account (the trainer who counter-signed), "?" when there is none. */
    public String displayName(String accountId) {
        var account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? "?" : account.getDisplayName();
    }

    /** Activity evidence of a remote half-day: the learner's learning events (xAPI statements) during it. */
    public long activityDuring(HalfDay h, Enrolment e) {
        return learningRecords.eventsBetween(e.getLearner().getId(), at(h, h.getStartMinute()), at(h, h.getEndMinute()));
    }

    /** A minute of a half-day's date, in French time. */
    static Instant at(HalfDay h, int minute) {
        return h.at(minute);
    }

    /** A drawing, checked before any other work on the request (its declared size first: see {@link Drawings}). */
    private static String checked(String drawing) {
        try {
            return Drawings.check(drawing);
        } catch (Drawings.TooLarge e) {
            throw Problem.badRequest("socle.session.drawingTooLarge", String.valueOf(Drawings.maxSide()));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.session.badDrawing");
        }
    }

    private TrainingSession run(Caller caller, String sessionId) {
        TrainingSession s = find(caller, sessionId);
        if (!runs(caller, s.getOrganisation().getId())) {
            throw Problem.forbidden("socle.session.notATrainer");
        }
        return s;
    }

    private static HalfDay halfDay(TrainingSession s, String id) {
        return s.getHalfDays().stream().filter(h -> h.getId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.session.halfDayNotFound"));
    }

    static boolean runs(Caller caller, String organisationId) {
        return caller.teaches(organisationId);
    }
}
