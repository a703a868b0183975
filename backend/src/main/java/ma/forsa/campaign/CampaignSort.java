package ma.forsa.campaign;

import ma.forsa.common.paging.Sorting;

/** The fields a list of campaigns may be ordered by ({@code ?sort=…&direction=…}). */
public enum CampaignSort implements Sorting.Field {
    /** By start date. */
    STARTS("startsOn"),

    /** By Arabic title. */
    TITLE("titleAr");

    private final String path;

    CampaignSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
