package ma.forsa.statistics;

/** The files a statistic is exported as. */
public enum ExportFormat {
    /** UTF-8 with a byte-order mark, comma-separated. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
