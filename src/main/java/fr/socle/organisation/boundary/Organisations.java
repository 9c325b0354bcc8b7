package fr.socle.organisation.boundary;

import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.Siret;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Organisations (tenants): every read and change is scoped by the caller. */
@ApplicationScoped
@Transactional
public class Organisations {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The organisations the caller may read, by name; {@code q} filters on the name. */
    public List<Organisation> list(Caller caller, String q, int offset, int limit) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        TypedQuery<Organisation> query = caller.readScope()
                .map(ids -> em.createNamedQuery(Organisation.IN, Organisation.class).setParameter("ids", nonEmpty(ids)))
                .orElseGet(() -> em.createNamedQuery(Organisation.ALL, Organisation.class));
        return query.setParameter("q", like)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE))
                .getResultList();
    }

    /** The organisations the caller administers, for choosing a parent or a member's organisation. */
    public List<Organisation> administered(Caller caller) {
        return caller.administerScope()
                .map(ids -> em.createNamedQuery(Organisation.IN, Organisation.class).setParameter("ids", nonEmpty(ids)))
                .orElseGet(() -> em.createNamedQuery(Organisation.ALL, Organisation.class))
                .setParameter("q", null)
                .getResultList();
    }

    /** {@link #administered}, as the records the organisation publishes: for the pages of other features. */
    public List<OrganisationOutput> administeredOutputs(Caller caller) {
        return administered(caller).stream().map(OrganisationOutput::of).toList();
    }

    /** Whether an organisation with this id exists (the caller's rights are checked by whoever asks). */
    public boolean exists(String id) {
        return id != null && em.find(Organisation.class, id) != null;
    }

    /** The organisations where the caller trains or administers: where it may write programmes and enrol people. */
    public List<Organisation> taught(Caller caller) {
        return list(caller, null, 0, MAX_PAGE).stream().filter(o -> caller.teaches(o.getId())).toList();
    }

    /** An organisation the caller may read; 404 for one that does not exist or that it may not see. */
    public Organisation find(Caller caller, String id) {
        Organisation o = id == null ? null : em.find(Organisation.class, id);
        if (o == null || !caller.canRead(o.getId())) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        return o;
    }

    public Organisation create(Caller caller, OrganisationInput input) {
        Organisation parent = parentFor(caller, input.getParentId());
        if (parent == null && !caller.platformAdmin()) {
            throw Problem.forbidden("socle.organisation.createTopLevelForbidden");
        }
        requireUniqueSiret(input.getSiret(), null);
        Organisation o = new Organisation(input.getName(), input.getKind(), input.getSiret(), parent, clock.now());
        em.persist(o);
        em.flush();
        return o;
    }

    public Organisation update(Caller caller, String id, OrganisationInput input, Long expectedVersion) {
        Organisation o = find(caller, id);
        if (!caller.canAdminister(o.getId())) {
            throw Problem.forbidden("socle.organisation.changeForbidden");
        }
        if (expectedVersion != null && expectedVersion != o.getVersion()) {
            throw Problem.conflict("socle.concurrentChange");
        }
        String currentParent = o.getParent() == null ? null : o.getParent().getId();
        Organisation parent = o.getParent();
        if (!java.util.Objects.equals(currentParent, blankToNull(input.getParentId()))) {
            parent = parentFor(caller, input.getParentId());
            if (parent == null && !caller.platformAdmin()) {
                throw Problem.forbidden("socle.organisation.createTopLevelForbidden");
            }
            if (parent != null && parent.isWithin(o)) {
                throw Problem.badRequest("socle.organisation.parentCycle");
            }
        }
        requireUniqueSiret(input.getSiret(), o.getId());
        o.change(input.getName(), input.getKind(), input.getSiret(), parent, clock.now());
        em.flush();
        return o;
    }

    /** The organisations below the given ones, at any depth (members of mutualisation structures). */
    public Set<String> withMembers(Collection<String> roots) {
        Set<String> all = new HashSet<>(roots);
        Set<String> frontier = new HashSet<>(roots);
        while (!frontier.isEmpty()) {
            List<String> children = em.createNamedQuery(Organisation.CHILD_IDS, String.class)
                    .setParameter("ids", frontier).getResultList();
            frontier = new HashSet<>(children);
            frontier.removeAll(all);
            all.addAll(frontier);
        }
        return all;
    }

    /**
     * Creates an organisation unless one with this name exists: for start-up content (demo data,
     * seeded structures), which runs with no caller.
     */
    public Organisation ensure(String name, OrganisationKind kind, String siret, Organisation parent) {
        Organisation existing = findByName(name);
        if (existing != null) {
            return existing;
        }
        Organisation o = new Organisation(name, kind, siret, parent, clock.now());
        em.persist(o);
        return o;
    }

    public Organisation findByName(String name) {
        return em.createNamedQuery(Organisation.BY_NAME, Organisation.class).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Organisation parentFor(Caller caller, String parentId) {
        if (blankToNull(parentId) == null) {
            return null;
        }
        Organisation parent = find(caller, parentId);
        if (!caller.canAdminister(parent.getId())) {
            throw Problem.forbidden("socle.organisation.parentForbidden");
        }
        return parent;
    }

    private void requireUniqueSiret(String siret, String ownId) {
        String normalised = Siret.normalise(siret);
        if (normalised == null) {
            return;
        }
        boolean taken = em.createNamedQuery(Organisation.BY_SIRET, Organisation.class)
                .setParameter("siret", normalised).getResultStream()
                .anyMatch(other -> !other.getId().equals(ownId));
        if (taken) {
            throw Problem.conflict("socle.organisation.siretTaken", normalised);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** JPQL cannot take an empty IN list on every database: a value no id can have stands in. */
    private static Collection<String> nonEmpty(Set<String> ids) {
        return ids.isEmpty() ? List.of("-") : ids;
    }
}
