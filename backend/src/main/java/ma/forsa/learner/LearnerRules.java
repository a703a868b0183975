package ma.forsa.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import ma.forsa.common.problem.Problem.FieldError;

/**
 * The rules of a learner's record beyond single fields, shared by the API and the import:
 * a commune of the directorate, consent with who gave it and when, a school leaving year
 * after the birth.
 */
public final class LearnerRules {

    private LearnerRules() {}

    public static List<FieldError> check(LearnerInput input, Predicate<String> communeOfDirectorate) {
        List<FieldError> errors = new ArrayList<>();
        if (input.communeCode() != null
                && !input.communeCode().isBlank()
                && !communeOfDirectorate.test(input.communeCode().strip())) {
            errors.add(new FieldError("communeCode", "is not a commune of your directorate"));
        }
        boolean consentGiven =
                input.consentPurposes() != null && !input.consentPurposes().isEmpty();
        if (consentGiven
                && (input.consentGivenBy() == null || input.consentGivenBy().isBlank())) {
            errors.add(new FieldError("consentGivenBy", "is required with the consent's purposes"));
        }
        if (consentGiven && input.consentGivenOn() == null) {
            errors.add(new FieldError("consentGivenOn", "is required with the consent's purposes"));
        }
        if (input.yearLeftSchool() != null
                && input.birthDate() != null
                && input.yearLeftSchool() < input.birthDate().getYear()) {
            errors.add(new FieldError("yearLeftSchool", "is before the birth date"));
        }
        return errors;
    }
}
