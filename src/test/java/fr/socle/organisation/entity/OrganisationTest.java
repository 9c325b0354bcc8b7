package fr.socle.organisation.entity;

import fr.socle.organisation.boundary.OrganisationKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static Organisation organisation(String name, Organisation parent) {
        return new Organisation(name, OrganisationKind.COMMUNE, null, parent, NOW);
    }

    @Nested
    class Creation {

        @Test
        void keepsWhatItWasGivenWithTheNameStripped() {
            Organisation parent = organisation("Syndicat", null);
            Organisation o = new Organisation("  Mairie de Lyon ", OrganisationKind.EPCI, "21300012300017", parent, NOW);
            assertEquals("Mairie de Lyon", o.getName());
            assertEquals(OrganisationKind.EPCI, o.getKind());
            assertEquals("21300012300017", o.getSiret());
            assertSame(parent, o.getParent());
            assertEquals(NOW, o.getCreatedAt());
            assertEquals(NOW, o.getUpdatedAt());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void refusesABlankName(String name) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Organisation(name, OrganisationKind.COMMUNE, null, null, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21300012300018", "2130001230001", "213000123000170", "2130001230001A"})
        void refusesAnInvalidSiret(String siret) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Organisation("Mairie", OrganisationKind.COMMUNE, siret, null, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"213 000 123 00017", "213\u00a0000\u00a0123\u00a000017"})
        void storesTheSiretWithoutSpaces(String siret) {
            Organisation o = new Organisation("Mairie", OrganisationKind.COMMUNE, siret, null, NOW);
            assertEquals("21300012300017", o.getSiret());
        }

        @Test
        void acceptsNoSiret() {
            assertNull(organisation("Mairie", null).getSiret());
        }

        @Test
        void refusesAMissingKind() {
            assertThrows(IllegalArgumentException.class, () -> new Organisation("Mairie", null, null, null, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00a0"})
        void takesABlankSiretForNoSiret(String siret) {
            assertNull(new Organisation("Mairie", OrganisationKind.COMMUNE, siret, null, NOW).getSiret());
        }

        @Test
        void aRefusedChangeChangesNothing() {
            Organisation o = organisation("Mairie", null);
            assertThrows(IllegalArgumentException.class, () -> o.change("Nouveau nom", null, null, null, LATER));
            assertEquals("Mairie", o.getName());
            assertEquals(OrganisationKind.COMMUNE, o.getKind());
            assertEquals(NOW, o.getUpdatedAt());
        }

        @Test
        void getsADistinctIdentifier() {
            assertFalse(organisation("A", null).getId().equals(organisation("A", null).getId()));
        }
    }

    @Nested
    class IsWithin {

        private final Organisation structure = organisation("Syndicat mixte", null);
        private final Organisation member = organisation("Commune membre", structure);
        private final Organisation grandMember = organisation("CCAS de la commune", member);
        private final Organisation unrelated = organisation("Autre commune", null);

        @Test
        void anOrganisationIsWithinItself() {
            assertTrue(structure.isWithin(structure));
        }

        @Test
        void aMemberIsWithinItsStructure() {
            assertTrue(member.isWithin(structure));
        }

        @Test
        void aMemberOfAMemberIsWithinTheTopStructure() {
            assertTrue(grandMember.isWithin(structure));
            assertTrue(grandMember.isWithin(member));
        }

        @Test
        void aStructureIsNotWithinItsMembers() {
            assertFalse(structure.isWithin(member));
            assertFalse(member.isWithin(grandMember));
        }

        @Test
        void anUnrelatedOrganisationIsNotWithin() {
            assertFalse(unrelated.isWithin(structure));
            assertFalse(grandMember.isWithin(unrelated));
        }
    }

    @Nested
    class Change {

        @Test
        void replacesTheChangeableFieldsAndTheUpdateTime() {
            Organisation o = organisation("Mairie", null);
            Organisation parent = organisation("Syndicat", null);
            o.change(" Mairie de Brest ", OrganisationKind.CCAS, "213 000 123 00017", parent, LATER);
            assertEquals("Mairie de Brest", o.getName());
            assertEquals(OrganisationKind.CCAS, o.getKind());
            assertEquals("21300012300017", o.getSiret());
            assertSame(parent, o.getParent());
            assertEquals(LATER, o.getUpdatedAt());
            assertEquals(NOW, o.getCreatedAt());
        }

        @Test
        void canDetachFromItsParentAndDropItsSiret() {
            Organisation parent = organisation("Syndicat", null);
            Organisation o = new Organisation("Mairie", OrganisationKind.COMMUNE, "21300012300017", parent, NOW);
            o.change("Mairie", OrganisationKind.COMMUNE, null, null, LATER);
            assertNull(o.getParent());
            assertNull(o.getSiret());
        }

        @Test
        void refusesABlankName() {
            Organisation o = organisation("Mairie", null);
            assertThrows(IllegalArgumentException.class, () -> o.change(" ", OrganisationKind.COMMUNE, null, null, LATER));
            assertEquals("Mairie", o.getName());
        }

        @Test
        void refusesAnInvalidSiretAndKeepsTheOldOne() {
            Organisation o = new Organisation("Mairie", OrganisationKind.COMMUNE, "21300012300017", null, NOW);
            assertThrows(IllegalArgumentException.class,
                    () -> o.change("Mairie", OrganisationKind.COMMUNE, "21300012300018", null, LATER));
            assertEquals("21300012300017", o.getSiret());
        }

        @Test
        void refusesMakingAnOrganisationAMemberOfItself() {
            Organisation o = organisation("Mairie", null);
            assertThrows(IllegalArgumentException.class, () -> o.change("Mairie", OrganisationKind.COMMUNE, null, o, LATER));
            assertNull(o.getParent());
        }

        @Test
        void refusesMakingAStructureAMemberOfItsOwnMember() {
            Organisation structure = organisation("Syndicat", null);
            Organisation member = organisation("Commune", structure);
            assertThrows(IllegalArgumentException.class,
                    () -> structure.change("Syndicat", OrganisationKind.SYNDICAT_MIXTE, null, member, LATER));
            assertNull(structure.getParent());
            assertEquals(OrganisationKind.COMMUNE, structure.getKind());
        }

        @Test
        void refusesMakingAStructureAMemberOfAMemberOfItsMember() {
            Organisation structure = organisation("Syndicat", null);
            Organisation member = organisation("Commune", structure);
            Organisation grandMember = organisation("CCAS", member);
            assertThrows(IllegalArgumentException.class,
                    () -> structure.change("Syndicat", OrganisationKind.COMMUNE, null, grandMember, LATER));
            assertNull(structure.getParent());
        }

        @Test
        void allowsMovingAMemberUnderASiblingStructure() {
            Organisation structure = organisation("Syndicat", null);
            Organisation member = organisation("Commune", structure);
            Organisation sibling = organisation("Autre commune", structure);
            member.change("Commune", OrganisationKind.COMMUNE, null, sibling, LATER);
            assertSame(sibling, member.getParent());
            assertTrue(member.isWithin(structure));
        }
    }
}
