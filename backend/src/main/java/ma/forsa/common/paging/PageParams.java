package ma.forsa.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?page=0&size=20}: zero-based page, at most {@value #MAX_SIZE} items a page. */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0)
    @Max(value = 1_000_000)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1)
    @Max(value = MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
    public int size;

    public static PageParams of(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }
}
