package ma.forsa.cases;

import ma.forsa.common.paging.Sorting;

/** The fields a list of cases may be ordered by ({@code ?sort=…&direction=…}). */
public enum CaseSort implements Sorting.Field {
    /** By the day the child was found. */
    FOUND("foundOn"),

    /** By Arabic last name. */
    NAME("lastNameAr"),

    /** By the day of the last move. */
    STATUS_CHANGED("statusChangedOn");

    private final String path;

    CaseSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
