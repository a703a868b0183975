package ma.forsa.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20}: zero-based page, at most {@value #MAX_SIZE} items a page; or {@code ?cursor=…&size=20}, the
 * page after the one that gave the cursor (as cheap on the thousandth page as on the first).
 */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0)
    @Max(value = 1_000_000)
    @Parameter(description = "Zero-based page number (ignored with a cursor: send one or the other)")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1)
    @Max(value = MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
    public int size;

    @QueryParam("cursor")
    @Size(max = 1000)
    @Parameter(
            description = "The `next` of the previous page: the page that follows it, in the same order, found through"
                    + " the index whatever the depth. Opaque; valid with the same sort. Cursor pages are not counted"
                    + " (`totalItems` is null).")
    public String cursor;

    public static PageParams of(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    public static PageParams after(String cursor, int size) {
        PageParams params = of(0, size);
        params.cursor = cursor;
        return params;
    }
}
