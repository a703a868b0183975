package ma.forsa.schoolyear;

import java.time.LocalDate;
import java.time.Period;

/** Age in whole years at a school year's reference date: a birthday on that date counts. */
public final class AgeRule {

    private AgeRule() {}

    public static int ageAt(LocalDate birthDate, LocalDate referenceDate) {
        return Period.between(birthDate, referenceDate).getYears();
    }
}
