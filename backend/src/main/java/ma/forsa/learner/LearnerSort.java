package ma.forsa.learner;

import ma.forsa.common.paging.Sorting;

/** The fields a list of this feature may be ordered by ({@code ?sort=…&direction=…}). */
public enum LearnerSort implements Sorting.Field {
    /** By name (as searched, Arabic). */
    NAME("nameKey"),

    /** By birth date. */
    BIRTH_DATE("birthDate"),

    /** By when registered. */
    REGISTERED("id");

    private final String path;

    LearnerSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
