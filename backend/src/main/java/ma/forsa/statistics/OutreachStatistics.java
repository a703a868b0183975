package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.forsa.campaign.Campaign;
import ma.forsa.campaign.CampaignService;
import ma.forsa.caravan.CaravanService;
import ma.forsa.caravan.CaravanViews.CaravanView;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.statistics.StatisticsViews.FunnelCell;
import ma.forsa.statistics.StatisticsViews.OutreachFunnel;

/**
 * The outreach funnel: the children identified in a school year (found between its first and last day), how far they
 * went — contacted, referred, enrolled, or out as declined, unreachable, not eligible — by campaign, caravan, sex or
 * directorate, with the conversion between the steps and the median days from identification to enrolment. A step
 * is reached when the case is at it or beyond it now, or was at it once (its history): a family contacted who then
 * declined counts as contacted. Published by the same rules as every statistic ({@link Publication}).
 */
@ApplicationScoped
@Transactional
public class OutreachStatistics {

    private static final String STEPS = "COUNT(*),"
            + " SUM(c.status IN ('CONTACTED', 'REFERRED', 'ENROLLED') OR COALESCE(h.contacted, 0) = 1),"
            + " SUM(c.status IN ('REFERRED', 'ENROLLED') OR COALESCE(h.referred, 0) = 1),"
            + " SUM(c.status = 'ENROLLED'), SUM(c.status = 'DECLINED'), SUM(c.status = 'UNREACHABLE'),"
            + " SUM(c.status = 'NOT_ELIGIBLE')";

    private static final String CASES = " FROM child_case c LEFT JOIN (SELECT s.case_id,"
            + " MAX(s.to_status IN ('CONTACTED', 'REFERRED', 'ENROLLED')) AS contacted,"
            + " MAX(s.to_status IN ('REFERRED', 'ENROLLED')) AS referred"
            + " FROM child_case_status_change s JOIN child_case k ON k.id = s.case_id"
            + " WHERE k.directorate_code IN (:directorates) AND k.found_on BETWEEN :start AND :end"
            + " GROUP BY s.case_id) h ON h.case_id = c.id"
            + " WHERE c.directorate_code IN (:directorates) AND c.found_on BETWEEN :start AND :end";

    @Inject
    EntityManager em;

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    CampaignService campaigns;

    @Inject
    CaravanService caravans;

    public OutreachFunnel funnel(String schoolYear, String directorate, List<FunnelDimension> groupBy) {
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        List<FunnelDimension> dimensions = groupBy.stream().distinct().toList();
        Publication rules = statistics.publication();

        Map<List<Object>, List<Integer>> days = daysToEnrolment(year, directorates, dimensions);
        List<Row> rows = dimensions.isEmpty() ? List.of() : rows(year, directorates, dimensions);
        Row all = rows(year, directorates, List.of()).stream().findFirst().orElseThrow();

        List<Row> shown = rows.stream().filter(r -> rules.shows(r.counts[0])).toList();
        Map<Long, Campaign> campaignsShown = dimensions.contains(FunnelDimension.CAMPAIGN)
                ? campaigns.byIds(ids(shown, dimensions.indexOf(FunnelDimension.CAMPAIGN)))
                : Map.of();
        Map<Long, String> caravanNames = dimensions.contains(FunnelDimension.CARAVAN)
                ? caravans.viewsOf(ids(shown, dimensions.indexOf(FunnelDimension.CARAVAN))).stream()
                        .collect(Collectors.toMap(CaravanView::id, CaravanView::name))
                : Map.of();
        List<FunnelCell> cells = new ArrayList<>();
        for (Row row : shown) {
            Map<FunnelDimension, Object> values = new HashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                values.put(dimensions.get(i), row.group.get(i));
            }
            Long campaign = asLong(values.get(FunnelDimension.CAMPAIGN));
            Long caravan = asLong(values.get(FunnelDimension.CARAVAN));
            Campaign titled = campaign == null ? null : campaignsShown.get(campaign);
            cells.add(cell(
                    rules,
                    row,
                    days.getOrDefault(row.group, List.of()),
                    asString(values.get(FunnelDimension.DIRECTORATE)),
                    campaign,
                    titled == null ? null : titled.titleAr,
                    caravan,
                    caravan == null ? null : caravanNames.get(caravan),
                    asString(values.get(FunnelDimension.SEX))));
        }
        List<Integer> allDays = days.values().stream().flatMap(List::stream).toList();
        return new OutreachFunnel(
                year.code,
                directorates,
                dimensions,
                rules.minimum(),
                rules.base(),
                rows.size() - shown.size(),
                cell(rules, all, allDays, null, null, null, null, null, null),
                cells);
    }

    /** One group's exact counts: identified, contacted, referred, enrolled, declined, unreachable, not eligible. */
    private record Row(List<Object> group, long[] counts) {}

    private List<Row> rows(SchoolYear year, List<String> directorates, List<FunnelDimension> dimensions) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining());
        String grouped = dimensions.isEmpty()
                ? ""
                : " GROUP BY " + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", ")) + " ORDER BY "
                        + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> found = scoped(
                        em.createNativeQuery("SELECT " + columns + STEPS + CASES + grouped), year, directorates)
                .getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            long[] counts = new long[7];
            for (int i = 0; i < 7; i++) {
                Object value = r[dimensions.size() + i];
                counts[i] = value == null ? 0 : ((Number) value).longValue();
            }
            rows.add(new Row(Arrays.asList(Arrays.copyOf(r, dimensions.size())), counts));
        }
        return rows;
    }

    /** The days from identification to enrolment of each enrolled child, by group. */
    private Map<List<Object>, List<Integer>> daysToEnrolment(
            SchoolYear year, List<String> directorates, List<FunnelDimension> dimensions) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining());
        @SuppressWarnings("unchecked")
        List<Object[]> found = scoped(
                        em.createNativeQuery("SELECT " + columns + "DATEDIFF(c.status_changed_on, c.found_on)"
                                + " FROM child_case c WHERE c.directorate_code IN (:directorates)"
                                + " AND c.found_on BETWEEN :start AND :end AND c.status = 'ENROLLED'"),
                        year,
                        directorates)
                .getResultList();
        Map<List<Object>, List<Integer>> days = new HashMap<>();
        for (Object r : found) {
            Object[] row = r instanceof Object[] array ? array : new Object[] {r};
            days.computeIfAbsent(Arrays.asList(Arrays.copyOf(row, dimensions.size())), k -> new ArrayList<>())
                    .add(((Number) row[dimensions.size()]).intValue());
        }
        return days;
    }

    private static Query scoped(Query query, SchoolYear year, List<String> directorates) {
        return query.setParameter("directorates", directorates)
                .setParameter("start", year.startsOn)
                .setParameter("end", year.endsOn);
    }

    private static FunnelCell cell(
            Publication rules,
            Row row,
            List<Integer> days,
            String directorate,
            Long campaignId,
            String campaignTitleAr,
            Long caravanId,
            String caravanName,
            String sex) {
        long[] c = row.counts;
        Long identified = rules.count(c[0]);
        Long contacted = rules.count(c[1]);
        Long referred = rules.count(c[2]);
        Long enrolled = rules.count(c[3]);
        return new FunnelCell(
                directorate,
                campaignId,
                campaignTitleAr,
                caravanId,
                caravanName,
                sex,
                identified,
                contacted,
                referred,
                enrolled,
                rules.count(c[4]),
                rules.count(c[5]),
                rules.count(c[6]),
                Publication.ratePercent(contacted, identified),
                Publication.ratePercent(referred, contacted),
                Publication.ratePercent(enrolled, referred),
                Publication.ratePercent(enrolled, identified),
                days.size() >= Math.max(1, rules.minimum()) ? median(days) : null);
    }

    static Double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<Long> ids(List<Row> rows, int column) {
        return rows.stream()
                .map(r -> asLong(r.group.get(column)))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** A CHAR(1) column comes back as a Character. */
    private static String asString(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
