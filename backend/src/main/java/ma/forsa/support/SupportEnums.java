package ma.forsa.support;

/** The closed lists of the support associations give. */
public final class SupportEnums {

    private SupportEnums() {}

    public enum ActivityKind {
        /** المواكبة النفسية. */
        PSYCHOLOGICAL_SUPPORT,
        /** الأنشطة الموازية. */
        PARALLEL_ACTIVITY
    }

    public enum ActivityCategory {
        SPORT,
        ARTS,
        CULTURE,
        CIVIC,
        OUTING,
        HEALTH,
        OTHER
    }

    /** What shows a pupil in formal school may drop out. */
    public enum RiskSignal {
        ABSENCES,
        FAILING_MARKS,
        REPETITION,
        BEHAVIOUR,
        FAMILY_SITUATION,
        DISTANCE,
        OTHER
    }

    public enum PupilStatus {
        FOLLOWED,
        STABILISED,
        DROPPED_OUT
    }

    public enum SupportAction {
        HOME_VISIT,
        FAMILY_MEETING,
        SCHOOL_MEETING,
        TUTORING,
        PSYCHOLOGICAL_REFERRAL,
        MATERIAL_SUPPORT,
        OTHER
    }
}
