package fr.socle.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One consultation by a registrar: a bulk verification, a search or an export of the register. Append-only. */
@Entity
@Table(name = "registrar_consultation")
@NamedQueries({
    @NamedQuery(name = RegistrarConsultation.LATEST, query = "SELECT r FROM RegistrarConsultation r ORDER BY r.at DESC"),
    @NamedQuery(name = RegistrarConsultation.OF_ACCOUNT, query = "SELECT r FROM RegistrarConsultation r WHERE r.accountId = :account ORDER BY r.at DESC")
})
public class RegistrarConsultation {

    public static final String LATEST = "RegistrarConsultation.latest";
    public static final String OF_ACCOUNT = "RegistrarConsultation.ofAccount";

    public enum Action { VERIFY, BULK_VERIFY, SEARCH, EXPORT }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(nullable = false, length = 16)
    private String action;

    @Column(length = 2000)
    private String detail;

    @Column(nullable = false)
    private int results;

    protected RegistrarConsultation() {
    }

    public RegistrarConsultation(String accountId, Action action, String detail, int results, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.action = action.name();
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.results = results;
        this.at = at;
    }

    public String getId() { return id; }
    public Instant getAt() { return at; }
    public String getAccountId() { return accountId; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
    public int getResults() { return results; }
}
