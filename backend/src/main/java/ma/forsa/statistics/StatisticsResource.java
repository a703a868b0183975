package ma.forsa.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.http.Heavy;
import ma.forsa.common.i18n.CallerLanguage;
import ma.forsa.common.security.Roles;
import ma.forsa.statistics.StatisticsViews.AgreementsProgress;
import ma.forsa.statistics.StatisticsViews.Beneficiaries;
import ma.forsa.statistics.StatisticsViews.Occupancy;
import ma.forsa.statistics.StatisticsViews.Outcomes;
import ma.forsa.statistics.StatisticsViews.OutreachFunnel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Aggregates only: no learner is ever listed")
public class StatisticsResource {

    @Inject
    StatisticsService service;

    @Inject
    CallerLanguage language;

    @Inject
    OutreachStatistics outreach;

    @Inject
    AgreementStatistics agreementProgress;

    @Inject
    OutcomeStatistics outcomes;

    @Inject
    OccupancyStatistics occupancy;

    @GET
    @Path("/beneficiaries")
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "getBeneficiaryStatistics",
            summary = "Beneficiaries of a school year, counted by the dimensions asked for",
            description = "A beneficiary is a learner enrolled at some time in the school year (waiting lists are not"
                    + " counted); a learner counts once in each cell they appear in. Directorate staff see their"
                    + " directorate, exactly; academy analysts their academy's directorates and third-party clients"
                    + " their directorate, without the groups of fewer than minimumCount learners (counted in"
                    + " hiddenCells) and with counts rounded to roundedTo.")
    public Beneficiaries beneficiaries(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy")
                    @Size(max = 4)
                    @Parameter(description = "Up to 4 dimensions, e.g. groupBy=PROGRAMME&groupBy=SEX")
                    List<Dimension> groupBy) {
        return service.beneficiaries(
                query.schoolYear, query.directorate, groupBy == null ? List.of() : groupBy, filter);
    }

    @GET
    @Path("/outreach")
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "getOutreachFunnel",
            summary =
                    "The children identified in a school year and how far they went, with the conversion between steps",
            description = "Identified (found between the school year's first and last day), contacted, referred and"
                    + " enrolled (each counting the children who reached that step or went beyond it, even if they"
                    + " left later), and those now declined, unreachable or not eligible; the rates between the steps"
                    + " and the median days from identification to enrolment. By campaign, caravan, sex, directorate,"
                    + " the association that found them, the centre they were referred to, its programme or their age,"
                    + " and narrowed to one value of any of the last five (a case has no nationality: narrowing to one"
                    + " is refused with 400). Published as every statistic: exact for"
                    + " the directorate's staff; for the academy and third-party clients no group of fewer than"
                    + " minimumCount children and every count rounded to roundedTo (a step too small to publish is"
                    + " null, and so are the rates it would give).")
    public OutreachFunnel outreach(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy")
                    @Size(max = 4)
                    @Parameter(description = "Up to 4 dimensions, e.g. groupBy=CAMPAIGN&groupBy=SEX")
                    List<FunnelDimension> groupBy) {
        return outreach.funnel(query.schoolYear, query.directorate, groupBy == null ? List.of() : groupBy, filter);
    }

    @GET
    @Path("/agreements")
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "getAgreementProgress",
            summary = "The agreements of a school year: each programme's target beside the learners reached, and the"
                    + " tranches due beside those paid",
            description =
                    "Actual beneficiaries are distinct learners enrolled in the school year in the programme at the"
                            + " agreement's centres (the association's centres when the agreement lists none), published as every"
                            + " count (rounded for the academy and third-party clients, null when too small). Tranches are due"
                            + " when their date is on or before asOf (today by default); amounts are in dirhams, exact.")
    public AgreementsProgress agreements(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam CentreFilter filter,
            @QueryParam("asOf")
                    @Parameter(description = "The day tranches are due by (default: today)", example = "2026-06-30")
                    LocalDate asOf) {
        return agreementProgress.progress(
                query.schoolYear, query.directorate, asOf == null ? LocalDate.now() : asOf, filter);
    }

    @GET
    @Path("/beneficiaries/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "exportBeneficiaryStatistics",
            summary = "The same statistic as a CSV or Excel file, in the caller's language (Accept-Language)",
            description =
                    "Above the table: the school year, the directorates, the dimensions, when it was generated and"
                            + " the publication rule (exact, or rounded with the small groups left out and how many). The table"
                            + " holds exactly the published cells of getBeneficiaryStatistics, its year before and change, then"
                            + " the total. CSV is UTF-8 with a byte-order mark; XLSX is right to left in Arabic. Sent as it is"
                            + " written (no Content-Length).")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy") @Size(max = 4) @Parameter(description = "Up to 4 dimensions")
                    List<Dimension> groupBy,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV")
                    ExportFormat format) {
        return file(
                exports()
                        .beneficiaries(
                                service.beneficiaries(
                                        query.schoolYear,
                                        query.directorate,
                                        groupBy == null ? List.of() : groupBy,
                                        filter),
                                filter),
                format);
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "getOutcomeStatistics",
            summary = "Where the learners of a school year went: each destination as a count and a rate",
            description = "The distinct learners whose placement ended in the school year with a destination"
                    + " (completed, back in formal school, vocational training, labour market, dropped out again; a"
                    + " transfer is not one), by destination and by the dimensions asked for (not OUTCOME nor STATUS),"
                    + " with each destination's share of those who ended. Published as every statistic: exact for the"
                    + " directorate's staff; for the academy and third-party clients no group of fewer than"
                    + " minimumCount learners and every count rounded to roundedTo.")
    public Outcomes outcomes(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy")
                    @Size(max = 3)
                    @Parameter(description = "Up to 3 dimensions, e.g. groupBy=PROGRAMME&groupBy=SEX")
                    List<Dimension> groupBy) {
        return outcomes.outcomes(query.schoolYear, query.directorate, groupBy == null ? List.of() : groupBy, filter);
    }

    @GET
    @Path("/occupancy")
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "getOccupancyStatistics",
            summary = "Each active centre's seats against the learners enrolled there now, and its waiting list",
            description = "Per active centre of the directorates: its capacity and class cap (exact), the learners"
                    + " enrolled now in the school year, the classes they fill at the cap, those waiting for a seat,"
                    + " and the occupancy in %; then the totals. Counts are published as every statistic.")
    public Occupancy occupancy(@Valid @BeanParam StatisticsQuery query, @Valid @BeanParam CentreFilter filter) {
        return occupancy.occupancy(query.schoolYear, query.directorate, filter);
    }

    @GET
    @Path("/outreach/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "exportOutreachFunnel",
            summary = "The outreach funnel as a CSV or Excel file, in the caller's language",
            description = "The published answer of getOutreachFunnel under the question, the time and the"
                    + " publication rule, then its total.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportOutreach(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy") @Size(max = 4) @Parameter(description = "Up to 4 dimensions")
                    List<FunnelDimension> groupBy,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV")
                    ExportFormat format) {
        return file(
                exports()
                        .funnel(
                                outreach.funnel(
                                        query.schoolYear,
                                        query.directorate,
                                        groupBy == null ? List.of() : groupBy,
                                        filter),
                                filter),
                format);
    }

    @GET
    @Path("/agreements/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "exportAgreementProgress",
            summary = "The agreements' progress as a CSV or Excel file, in the caller's language",
            description = "The published answer of getAgreementProgress, a row per agreement and programme, under"
                    + " the question, the time and the publication rule.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportAgreements(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam CentreFilter filter,
            @QueryParam("asOf")
                    @Parameter(description = "The day tranches are due by (default: today)", example = "2026-06-30")
                    LocalDate asOf,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV")
                    ExportFormat format) {
        return file(
                exports()
                        .agreements(
                                agreementProgress.progress(
                                        query.schoolYear,
                                        query.directorate,
                                        asOf == null ? LocalDate.now() : asOf,
                                        filter),
                                filter),
                format);
    }

    @GET
    @Path("/outcomes/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "exportOutcomeStatistics",
            summary = "The learners' outcomes as a CSV or Excel file, in the caller's language",
            description = "The published answer of getOutcomeStatistics under the question, the time and the"
                    + " publication rule, then its total.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportOutcomes(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam StatisticsFilter filter,
            @QueryParam("groupBy") @Size(max = 3) @Parameter(description = "Up to 3 dimensions")
                    List<Dimension> groupBy,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV")
                    ExportFormat format) {
        return file(
                exports()
                        .outcomes(
                                outcomes.outcomes(
                                        query.schoolYear,
                                        query.directorate,
                                        groupBy == null ? List.of() : groupBy,
                                        filter),
                                filter),
                format);
    }

    @GET
    @Path("/occupancy/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed(Roles.STATISTICS)
    @Heavy
    @Operation(
            operationId = "exportOccupancyStatistics",
            summary = "The centres' occupancy as a CSV or Excel file, in the caller's language",
            description = "The published answer of getOccupancyStatistics under the question, the time and the"
                    + " publication rule, then the totals.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportOccupancy(
            @Valid @BeanParam StatisticsQuery query,
            @Valid @BeanParam CentreFilter filter,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV")
                    ExportFormat format) {
        return file(
                exports().occupancy(occupancy.occupancy(query.schoolYear, query.directorate, filter), filter), format);
    }

    private StatisticsExports exports() {
        return new StatisticsExports(language.get(), Instant.now());
    }

    /** The table as a file, sent as it is written. */
    private static Response file(ExportTable table, ExportFormat format) {
        StreamingOutput body = out -> table.write(format, out);
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + table.fileName(format) + "\"")
                .build();
    }
}
