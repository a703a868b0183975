package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * went — contacted, referred, enrolled, or out as declined, unreachable, not eligible — by campaign, caravan, sex,
 * directorate, the association that found them, the centre they were referred to, its programme, or age, with the conversion between the steps and the median days from identification to enrolment. A step
 * is reached when the case is at it or beyond it now, or was at it once (its history): a family contacted who then
 * declined counts as contacted. Counted from the aggregates the cases' triggers keep exact ({@link FunnelCube}), and
 * published by the same rules as every statistic ({@link Publication}).
 */
@ApplicationScoped
@Transactional
public class OutreachStatistics {

    @Inject
    FunnelCube cube;

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    CampaignService campaigns;

    @Inject
    CaravanService caravans;

    public OutreachFunnel funnel(String schoolYear, String directorate, List<FunnelDimension> groupBy) {
        return funnel(schoolYear, directorate, groupBy, StatisticsFilter.NONE);
    }

    public OutreachFunnel funnel(
            String schoolYear, String directorate, List<FunnelDimension> groupBy, StatisticsFilter filter) {
        Map<FunnelDimension, Object> only = filter.funnelConditions();
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        List<FunnelDimension> dimensions = groupBy.stream().distinct().toList();
        Publication rules = statistics.publication();

        Row all = new Row(List.of());
        List<Row> rows = rows(year, directorates, dimensions, only, all);

        List<Row> shown = rows.stream().filter(r -> rules.shows(r.identified())).toList();
        Map<Long, Campaign> campaignsShown = dimensions.contains(FunnelDimension.CAMPAIGN)
                ? campaigns.byIds(ids(shown, dimensions.indexOf(FunnelDimension.CAMPAIGN)))
                : Map.of();
        Map<Long, String> caravanNames = dimensions.contains(FunnelDimension.CARAVAN)
                ? caravans.viewsOf(ids(shown, dimensions.indexOf(FunnelDimension.CARAVAN))).stream()
                        .collect(Collectors.toMap(CaravanView::id, CaravanView::name))
                : Map.of();
        Map<Long, String> centreNames = dimensions.contains(FunnelDimension.CENTRE)
                ? statistics.names("centre", ids(shown, dimensions.indexOf(FunnelDimension.CENTRE)).stream())
                : Map.of();
        Map<Long, String> associationNames = dimensions.contains(FunnelDimension.ASSOCIATION)
                ? statistics.names("association", ids(shown, dimensions.indexOf(FunnelDimension.ASSOCIATION)).stream())
                : Map.of();
        List<FunnelCell> cells = new ArrayList<>();
        for (Row row : shown) {
            Map<FunnelDimension, Object> values = new HashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                values.put(dimensions.get(i), row.group.get(i));
            }
            Long campaign = asLong(values.get(FunnelDimension.CAMPAIGN));
            Long caravan = asLong(values.get(FunnelDimension.CARAVAN));
            Long association = asLong(values.get(FunnelDimension.ASSOCIATION));
            Long centre = asLong(values.get(FunnelDimension.CENTRE));
            Object age = values.get(FunnelDimension.AGE);
            Campaign titled = campaign == null ? null : campaignsShown.get(campaign);
            cells.add(cell(
                    rules,
                    row,
                    new Group(
                            asString(values.get(FunnelDimension.DIRECTORATE)),
                            campaign,
                            titled == null ? null : titled.titleAr,
                            caravan,
                            caravan == null ? null : caravanNames.get(caravan),
                            asString(values.get(FunnelDimension.SEX)),
                            association,
                            association == null ? null : associationNames.get(association),
                            centre,
                            centre == null ? null : centreNames.get(centre),
                            asString(values.get(FunnelDimension.PROGRAMME)),
                            age == null ? null : ((Number) age).intValue())));
        }
        return new OutreachFunnel(
                year.code,
                directorates,
                dimensions,
                rules.minimum(),
                rules.base(),
                rules.hidden(rows.size() - shown.size()),
                cell(rules, all, Group.ALL),
                cells);
    }

    /** What a cell is of: its dimensions' values (null for those not asked), with the names of their ids. */
    private record Group(
            String directorate,
            Long campaignId,
            String campaignTitleAr,
            Long caravanId,
            String caravanName,
            String sex,
            Long associationId,
            String associationNameAr,
            Long centreId,
            String centreNameAr,
            String programme,
            Integer age) {

        /** Every child: the total. */
        static final Group ALL = new Group(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * One group's exact counts: identified, contacted, referred, enrolled, declined, unreachable, not eligible; and
     * how many enrolled children took each number of days from identification to enrolment.
     */
    private record Row(List<Object> group, Tally[] counts, TreeMap<Integer, Long> days) {

        Row(List<Object> group) {
            this(group, new Tally[7], new TreeMap<>());
            java.util.Arrays.fill(counts, Tally.NONE);
        }

        void add(String status, boolean contacted, boolean referred, int days, Tally cases) {
            boolean enrolled = "ENROLLED".equals(status);
            add(0, true, cases);
            add(1, contacted || enrolled || "CONTACTED".equals(status) || "REFERRED".equals(status), cases);
            add(2, referred || enrolled || "REFERRED".equals(status), cases);
            add(3, enrolled, cases);
            add(4, "DECLINED".equals(status), cases);
            add(5, "UNREACHABLE".equals(status), cases);
            add(6, "NOT_ELIGIBLE".equals(status), cases);
            if (enrolled) {
                this.days.merge(days, cases.count(), Long::sum);
            }
        }

        private void add(int step, boolean reached, Tally cases) {
            if (reached) {
                counts[step] = counts[step].plus(cases);
            }
        }

        long identified() {
            return counts[0].count();
        }
    }

    /**
     * The groups, in the order of their values, from the aggregates' cells (a step is reached when the case is at it
     * or beyond it now, or was at it once); every cell is added to {@code all} as well.
     */
    private List<Row> rows(
            SchoolYear year,
            List<String> directorates,
            List<FunnelDimension> dimensions,
            Map<FunnelDimension, Object> only,
            Row all) {
        Map<List<Object>, Row> groups = new java.util.LinkedHashMap<>();
        int n = dimensions.size();
        for (Object[] r : cube.counts(year.id, directorates, dimensions, only)) {
            String status = r[n].toString();
            boolean contacted = flag(r[n + 1]);
            boolean referred = flag(r[n + 2]);
            int days = ((Number) r[n + 3]).intValue();
            Tally cases = Tally.of(r, n + 4);
            all.add(status, contacted, referred, days, cases);
            if (n > 0) {
                List<Object> group = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    group.add(
                            dimensions.get(i) == FunnelDimension.SEX
                                    ? asString(r[i])
                                    : dimensions.get(i) == FunnelDimension.AGE ? ageOrNull(r[i]) : noneIsNull(r[i]));
                }
                groups.computeIfAbsent(group, Row::new).add(status, contacted, referred, days, cases);
            }
        }
        return groups.values().stream().filter(row -> row.identified() > 0).toList();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /**
     * The aggregates keep "no campaign", "no caravan", "no association", "no centre" as 0 and "no programme" as ''
     * (a key column cannot be null).
     */
    private static Object noneIsNull(Object value) {
        return value instanceof Number number && number.longValue() == 0 || "".equals(value) ? null : value;
    }

    /** No school year, no age: -1. */
    private static Object ageOrNull(Object value) {
        return ((Number) value).intValue() < 0 ? null : value;
    }

    /** The group's cell with the steps of its row, as published. */
    private static FunnelCell cell(Publication rules, Row row, Group group) {
        Tally[] c = row.counts;
        Long identified = rules.count(c[0]);
        Long contacted = rules.count(c[1]);
        Long referred = rules.count(c[2]);
        Long enrolled = rules.count(c[3]);
        return new FunnelCell(
                group.directorate(),
                group.campaignId(),
                group.campaignTitleAr(),
                group.caravanId(),
                group.caravanName(),
                group.sex(),
                group.associationId(),
                group.associationNameAr(),
                group.centreId(),
                group.centreNameAr(),
                group.programme(),
                group.age(),
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
                row.counts[3].count() >= Math.max(1, rules.minimum()) ? median(row.days) : null);
    }

    /** The median of a histogram (value → how many): the middle value, or the mean of the middle two. */
    static Double median(TreeMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer lower = nth(histogram, (n - 1) / 2);
        Integer upper = nth(histogram, n / 2);
        return (lower + upper) / 2.0;
    }

    /** The value at 0-based position k of the sorted values. */
    private static Integer nth(TreeMap<Integer, Long> histogram, long k) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (k < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("position beyond the histogram");
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
