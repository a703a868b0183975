package ma.forsa.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem.FieldText;

/**
 * The rules of a learner's record beyond single fields, shared by the API and the import:
 * a commune of the directorate, consent with who gave it and when, a school leaving year
 * after the birth.
 */
public final class LearnerRules {

    private LearnerRules() {}

    public static List<FieldText> check(LearnerInput input, Predicate<String> communeOfDirectorate) {
        List<FieldText> errors = new ArrayList<>();
        if (input.communeCode() != null
                && !input.communeCode().isBlank()
                && !communeOfDirectorate.test(input.communeCode().strip())) {
            errors.add(FieldText.of("communeCode", Message.COMMUNE_NOT_OF_DIRECTORATE));
        }
        boolean consentGiven =
                input.consentPurposes() != null && !input.consentPurposes().isEmpty();
        if (consentGiven
                && (input.consentGivenBy() == null || input.consentGivenBy().isBlank())) {
            errors.add(FieldText.of("consentGivenBy", Message.CONSENT_GIVEN_BY_REQUIRED));
        }
        if (consentGiven && input.consentGivenOn() == null) {
            errors.add(FieldText.of("consentGivenOn", Message.CONSENT_GIVEN_ON_REQUIRED));
        }
        if (input.yearLeftSchool() != null
                && input.birthDate() != null
                && input.yearLeftSchool() < input.birthDate().getYear()) {
            errors.add(FieldText.of("yearLeftSchool", Message.LEFT_SCHOOL_BEFORE_BIRTH));
        }
        return errors;
    }
}
