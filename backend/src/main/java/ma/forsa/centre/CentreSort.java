package ma.forsa.centre;

import ma.forsa.common.paging.Sorting;

/** The fields a list of this feature may be ordered by ({@code ?sort=…&direction=…}). */
public enum CentreSort implements Sorting.Field {
    /** By name in Arabic. */
    NAME("nameAr"),

    /** By places. */
    CAPACITY("capacity");

    private final String path;

    CentreSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
