package ma.forsa.schoolyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRuleTest {

    static final LocalDate REFERENCE = LocalDate.of(2025, 12, 31);

    @ParameterizedTest(name = "born {0} → {1} years at 2025-12-31")
    @CsvSource({
        "2018-12-31, 7", "2017-12-31, 8", "2018-01-01, 7",
        "2010-12-31, 15", "2011-01-01, 14", "2010-06-15, 15",
        "2007-12-31, 18", "2006-12-31, 19", "2007-01-01, 18",
        "2008-02-29, 17"
    })
    void ageInWholeYearsAtTheReferenceDate(LocalDate birth, int age) {
        assertEquals(age, AgeRule.ageAt(birth, REFERENCE));
    }

    @ParameterizedTest(name = "age {0}: basic {1}, new generation {2}")
    @CsvSource({
        "7, false, false",
        "8, true, false",
        "14, true, false",
        "15, true, true",
        "16, false, true",
        "18, false, true",
        "19, false, false"
    })
    void defaultBandsAtEachEdge(int age, boolean basic, boolean newGeneration) {
        assertEquals(basic, band(8, 15).admits(age));
        assertEquals(newGeneration, band(15, 18).admits(age));
    }

    @ParameterizedTest
    @CsvSource({"2010-12-31, true", "2011-01-01, false"})
    void birthdayOnTheReferenceDateCountsTheDayAfterDoesNot(LocalDate birth, boolean fifteen) {
        assertEquals(fifteen, band(15, 18).admits(AgeRule.ageAt(birth, REFERENCE)));
        assertTrue(band(8, 15).admits(AgeRule.ageAt(birth, REFERENCE)));
        assertFalse(band(16, 18).admits(AgeRule.ageAt(birth, REFERENCE)));
    }

    static AgeBand band(int min, int max) {
        AgeBand band = new AgeBand();
        band.minAge = min;
        band.maxAge = max;
        return band;
    }
}
