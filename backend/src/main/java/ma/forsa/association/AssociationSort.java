package ma.forsa.association;

import ma.forsa.common.paging.Sorting;

/** The fields a list of this feature may be ordered by ({@code ?sort=…&direction=…}). */
public enum AssociationSort implements Sorting.Field {
    /** By name in Arabic. */
    NAME("nameAr"),

    /** By when recorded. */
    REGISTERED("id");

    private final String path;

    AssociationSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
