package ma.forsa.agreement;

import ma.forsa.common.paging.Sorting;

/** The fields a list of this feature may be ordered by ({@code ?sort=…&direction=…}). */
public enum AgreementSort implements Sorting.Field {
    /** By start date. */
    STARTS("startsOn"),

    /** By reference. */
    REFERENCE("reference"),

    /** By budget. */
    BUDGET("budgetMad");

    private final String path;

    AgreementSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
