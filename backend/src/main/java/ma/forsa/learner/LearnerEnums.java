package ma.forsa.learner;

/** The closed lists of a learner's record. */
public final class LearnerEnums {

    private LearnerEnums() {}

    public enum Sex {
        F,
        M
    }

    public enum GuardianRelation {
        MOTHER,
        FATHER,
        GRANDPARENT,
        SIBLING,
        UNCLE_AUNT,
        LEGAL_GUARDIAN,
        SELF,
        OTHER
    }

    /** Why the child left school (reported nationally), with free text beside it. */
    public enum DropoutReason {
        ECONOMIC,
        DISTANCE,
        ACADEMIC_FAILURE,
        FAMILY,
        HEALTH,
        DISABILITY,
        MIGRATION,
        CHILD_LABOUR,
        EARLY_MARRIAGE,
        NEVER_ENROLLED,
        OTHER
    }

    /** What the guardian agreed the data may be used for. */
    public enum ConsentPurpose {
        EDUCATIONAL_FOLLOW_UP,
        STATISTICS,
        SHARING_WITH_PARTNERS,
        PHOTOS_AND_MEDIA
    }

    /** Last grade completed in formal school: primary P1–P6, middle school C1–C3. */
    public enum Grade {
        NONE,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
        C1,
        C2,
        C3
    }
}
