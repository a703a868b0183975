package ma.forsa.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The sizes and rates Forsa accepts, in one place ({@code forsa.limits.*}): the server enforces them, the contract
 * and the SPA read them from here (the SPA through {@code GET /api/v1/config}).
 */
@ConfigMapping(prefix = "forsa.limits")
public interface Limits {

    /** A JSON request body; larger ones answer 413 before any parsing. */
    @WithDefault("1048576")
    long maxJsonBytes();

    /** The signed PDF of an agreement. */
    @WithDefault("10485760")
    int maxDocumentBytes();

    /** An import file (CSV or XLSX): about 400,000 rows of CSV. Also the HTTP layer's body limit. */
    @WithDefault("67108864")
    long maxImportBytes();

    /** Requests per minute for each third-party client (role api-client); over it, 429 with Retry-After. */
    @WithDefault("600")
    int apiClientPerMinute();

    /**
     * Heavy requests (statistics, exports, sync pulls) computed at once; 0 means half the processors, at least one.
     * They hold a database connection each while they run, so this also bounds their share of the pool.
     */
    @WithDefault("0")
    int heavyConcurrency();

    /** Heavy requests that may wait for their turn; one more answers 503 at once. */
    @WithDefault("64")
    int heavyQueue();

    /** How long a heavy request waits for its turn before 503 with Retry-After. */
    @WithDefault("20")
    int heavyWaitSeconds();
}
