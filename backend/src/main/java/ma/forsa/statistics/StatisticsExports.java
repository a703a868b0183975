package ma.forsa.statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.placement.Outcome;
import ma.forsa.placement.PlacementStatus;
import ma.forsa.programme.Programme;
import ma.forsa.statistics.StatisticsViews.AgreementProgress;
import ma.forsa.statistics.StatisticsViews.AgreementsProgress;
import ma.forsa.statistics.StatisticsViews.Beneficiaries;
import ma.forsa.statistics.StatisticsViews.Cell;
import ma.forsa.statistics.StatisticsViews.CentreOccupancy;
import ma.forsa.statistics.StatisticsViews.FunnelCell;
import ma.forsa.statistics.StatisticsViews.Occupancy;
import ma.forsa.statistics.StatisticsViews.OutcomeCell;
import ma.forsa.statistics.StatisticsViews.OutcomeCount;
import ma.forsa.statistics.StatisticsViews.Outcomes;
import ma.forsa.statistics.StatisticsViews.OutreachFunnel;
import ma.forsa.statistics.StatisticsViews.ProgrammeProgress;

/**
 * Every statistic as a table to export, in the caller's language: above it, what was asked (the school year, the
 * directorates, the dimensions), when the file was made and the publication rule (exact, or rounded with small
 * groups left out and how many); then exactly the published answer of the API, never a number more, its labels and
 * column headers from {@code i18n/messages*.properties}.
 */
final class StatisticsExports {

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private final Language language;
    private final Instant generatedAt;

    StatisticsExports(Language language, Instant generatedAt) {
        this.language = language;
        this.generatedAt = generatedAt;
    }

    ExportTable beneficiaries(Beneficiaries s, StatisticsFilter filter) {
        List<String> heading = heading(
                text(Message.EXPORT_BENEFICIARIES_TITLE, s.schoolYear()),
                s.directorates(),
                filter,
                s.groupBy().stream().map(d -> Messages.label(language, d)).toList(),
                s.roundedTo() <= 1 && s.minimumCount() <= 1
                        ? text(Message.EXPORT_RULE_EXACT)
                        : text(Message.EXPORT_RULE_ROUNDED, s.roundedTo(), s.minimumCount()));
        List<String> header = new ArrayList<>();
        s.groupBy().forEach(d -> header.add(Messages.label(language, d)));
        header.addAll(List.of(
                text(Message.EXPORT_COLUMN_COUNT),
                text(Message.EXPORT_COLUMN_PREVIOUS_YEAR),
                text(Message.EXPORT_COLUMN_CHANGE)));
        List<List<Object>> rows = new ArrayList<>();
        for (Cell cell : s.cells()) {
            List<Object> row = new ArrayList<>();
            s.groupBy().forEach(d -> row.add(label(d, cell)));
            row.addAll(Arrays.asList(cell.count(), cell.previousYearCount(), cell.changePercent()));
            rows.add(row);
        }
        List<Object> total = totalLabel(s.groupBy().size());
        total.addAll(Arrays.asList(s.total(), s.previousYearTotal(), s.changePercent()));
        return new ExportTable(
                "beneficiaries-" + stem(s.schoolYear(), s.directorates()),
                text(Message.EXPORT_SHEET),
                language,
                heading,
                header,
                rows,
                total);
    }

    ExportTable funnel(OutreachFunnel f, StatisticsFilter filter) {
        List<String> heading = heading(
                text(Message.EXPORT_FUNNEL_TITLE, f.schoolYear()),
                f.directorates(),
                filter,
                f.groupBy().stream().map(d -> Messages.label(language, d)).toList(),
                rule(f.minimumCount(), f.roundedTo()));
        List<String> header = new ArrayList<>();
        f.groupBy().forEach(d -> header.add(Messages.label(language, d)));
        for (Message column : List.of(
                Message.EXPORT_COLUMN_IDENTIFIED,
                Message.EXPORT_COLUMN_CONTACTED,
                Message.EXPORT_COLUMN_REFERRED,
                Message.EXPORT_COLUMN_ENROLLED,
                Message.EXPORT_COLUMN_DECLINED,
                Message.EXPORT_COLUMN_UNREACHABLE,
                Message.EXPORT_COLUMN_NOT_ELIGIBLE,
                Message.EXPORT_COLUMN_CONTACT_RATE,
                Message.EXPORT_COLUMN_REFERRAL_RATE,
                Message.EXPORT_COLUMN_ENROLMENT_RATE,
                Message.EXPORT_COLUMN_OVERALL_RATE,
                Message.EXPORT_COLUMN_MEDIAN_DAYS)) {
            header.add(text(column));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelCell cell : f.cells()) {
            List<Object> row = new ArrayList<>();
            for (FunnelDimension d : f.groupBy()) {
                row.add(
                        switch (d) {
                            case DIRECTORATE -> cell.directorate();
                            case CAMPAIGN -> named(cell.campaignTitleAr(), cell.campaignId());
                            case CARAVAN -> named(cell.caravanName(), cell.caravanId());
                            case SEX -> cell.sex() == null ? null : Messages.label(language, Sex.valueOf(cell.sex()));
                            case ASSOCIATION -> named(cell.associationNameAr(), cell.associationId());
                            case CENTRE -> named(cell.centreNameAr(), cell.centreId());
                            case PROGRAMME ->
                                cell.programme() == null
                                        ? null
                                        : Messages.label(language, Programme.valueOf(cell.programme()));
                            case AGE -> cell.age() == null ? null : String.valueOf(cell.age());
                        });
            }
            row.addAll(steps(cell));
            rows.add(row);
        }
        List<Object> total = totalLabel(f.groupBy().size());
        total.addAll(steps(f.total()));
        return new ExportTable(
                "outreach-funnel-" + stem(f.schoolYear(), f.directorates()),
                text(Message.EXPORT_SHEET_FUNNEL),
                language,
                heading,
                header,
                rows,
                total);
    }

    private static List<Object> steps(FunnelCell c) {
        return Arrays.asList(
                c.identified(),
                c.contacted(),
                c.referred(),
                c.enrolled(),
                c.declined(),
                c.unreachable(),
                c.notEligible(),
                c.contactRate(),
                c.referralRate(),
                c.enrolmentRate(),
                c.overallRate(),
                c.medianDaysToEnrolment());
    }

    ExportTable outcomes(Outcomes o, StatisticsFilter filter) {
        List<String> heading = heading(
                text(Message.EXPORT_OUTCOMES_TITLE, o.schoolYear()),
                o.directorates(),
                filter,
                o.groupBy().stream().map(d -> Messages.label(language, d)).toList(),
                rule(o.minimumCount(), o.roundedTo()));
        List<String> header = new ArrayList<>();
        o.groupBy().forEach(d -> header.add(Messages.label(language, d)));
        header.add(text(Message.EXPORT_COLUMN_ENDED));
        for (Outcome outcome : OutcomeStatistics.DESTINATIONS) {
            header.add(Messages.label(language, outcome));
            header.add(text(Message.EXPORT_COLUMN_RATE_OF, Messages.label(language, outcome)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OutcomeCell cell : o.cells()) {
            List<Object> row = new ArrayList<>();
            o.groupBy().forEach(d -> row.add(label(d, asCell(cell))));
            row.addAll(outcomeValues(cell));
            rows.add(row);
        }
        List<Object> total = totalLabel(o.groupBy().size());
        total.addAll(outcomeValues(o.total()));
        return new ExportTable(
                "outcomes-" + stem(o.schoolYear(), o.directorates()),
                text(Message.EXPORT_SHEET_OUTCOMES),
                language,
                heading,
                header,
                rows,
                total);
    }

    private static List<Object> outcomeValues(OutcomeCell cell) {
        List<Object> values = new ArrayList<>();
        values.add(cell.ended());
        for (OutcomeCount count : cell.outcomes()) {
            values.add(count.count());
            values.add(count.ratePercent());
        }
        return values;
    }

    ExportTable occupancy(Occupancy o, CentreFilter filter) {
        List<String> heading = heading(
                text(Message.EXPORT_OCCUPANCY_TITLE, o.schoolYear()),
                o.directorates(),
                filter.asLearnerFilter(),
                List.of(),
                rule(o.minimumCount(), o.roundedTo()));
        List<String> header = List.of(
                Messages.label(language, Dimension.DIRECTORATE),
                Messages.label(language, Dimension.CENTRE),
                Messages.label(language, Dimension.PROGRAMME),
                text(Message.EXPORT_COLUMN_CAPACITY),
                text(Message.EXPORT_COLUMN_CLASS_CAP),
                text(Message.EXPORT_COLUMN_ENROLLED_NOW),
                text(Message.EXPORT_COLUMN_CLASSES),
                text(Message.EXPORT_COLUMN_WAITING),
                text(Message.EXPORT_COLUMN_OCCUPANCY));
        List<List<Object>> rows = new ArrayList<>();
        for (CentreOccupancy c : o.centres()) {
            rows.add(Arrays.asList(
                    c.directorate(),
                    language == Language.AR || c.centreNameFr() == null ? c.centreNameAr() : c.centreNameFr(),
                    Messages.label(language, c.programme()),
                    c.capacity(),
                    c.classCap(),
                    c.enrolled(),
                    c.classes(),
                    c.waiting(),
                    c.occupancyPercent()));
        }
        List<Object> total = Arrays.asList(
                text(Message.EXPORT_TOTAL),
                null,
                null,
                o.capacity(),
                null,
                o.enrolled(),
                null,
                o.waiting(),
                o.occupancyPercent());
        return new ExportTable(
                "occupancy-" + stem(o.schoolYear(), o.directorates()),
                text(Message.EXPORT_SHEET_OCCUPANCY),
                language,
                heading,
                header,
                rows,
                total);
    }

    ExportTable agreements(AgreementsProgress a, CentreFilter filter) {
        List<String> heading = heading(
                text(Message.EXPORT_AGREEMENTS_TITLE, a.schoolYear(), a.asOf()),
                a.directorates(),
                filter.asLearnerFilter(),
                List.of(),
                rule(a.minimumCount(), a.roundedTo()));
        List<String> header = List.of(
                text(Message.EXPORT_COLUMN_AGREEMENT),
                Messages.label(language, Dimension.DIRECTORATE),
                Messages.label(language, Dimension.ASSOCIATION),
                text(Message.EXPORT_COLUMN_AGREEMENT_STATUS),
                Messages.label(language, Dimension.PROGRAMME),
                text(Message.EXPORT_COLUMN_TARGET),
                text(Message.EXPORT_COLUMN_COUNT),
                text(Message.EXPORT_COLUMN_ACHIEVED),
                text(Message.EXPORT_COLUMN_BUDGET),
                text(Message.EXPORT_COLUMN_TRANCHES_DUE),
                text(Message.EXPORT_COLUMN_DUE_MAD),
                text(Message.EXPORT_COLUMN_TRANCHES_PAID),
                text(Message.EXPORT_COLUMN_PAID_MAD),
                text(Message.EXPORT_COLUMN_OVERDUE_MAD));
        List<List<Object>> rows = new ArrayList<>();
        for (AgreementProgress agreement : a.agreements()) {
            List<ProgrammeProgress> programmes = agreement.programmes().isEmpty()
                    ? java.util.Collections.singletonList(null)
                    : agreement.programmes();
            for (ProgrammeProgress p : programmes) {
                rows.add(Arrays.asList(
                        agreement.reference(),
                        agreement.directorate(),
                        agreement.associationId(),
                        Messages.label(language, agreement.status()),
                        p == null ? null : Messages.label(language, p.programme()),
                        p == null ? null : p.target(),
                        p == null ? null : p.actual(),
                        p == null ? null : p.achievedPercent(),
                        agreement.budgetMad(),
                        agreement.tranchesDue(),
                        agreement.dueMad(),
                        agreement.tranchesPaid(),
                        agreement.paidMad(),
                        agreement.overdueMad()));
            }
        }
        return new ExportTable(
                "agreements-" + stem(a.schoolYear(), a.directorates()),
                text(Message.EXPORT_SHEET_AGREEMENTS),
                language,
                heading,
                header,
                rows,
                null);
    }

    // --- the parts every table shares

    private List<String> heading(
            String title, List<String> directorates, StatisticsFilter filter, List<String> groupedBy, String rule) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(text(Message.EXPORT_DIRECTORATES, String.join(", ", directorates)));
        List<String> conditions = new ArrayList<>();
        filter.conditions()
                .forEach((dimension, value) ->
                        conditions.add(Messages.label(language, dimension) + " = " + valueLabel(dimension, value)));
        if (!conditions.isEmpty()) {
            lines.add(text(Message.EXPORT_FILTERED_BY, String.join(", ", conditions)));
        }
        if (!groupedBy.isEmpty()) {
            lines.add(text(Message.EXPORT_GROUPED_BY, String.join(", ", groupedBy)));
        }
        lines.add(text(Message.EXPORT_GENERATED_AT, GENERATED.format(generatedAt)));
        lines.add(rule);
        return lines;
    }

    private String rule(int minimum, int roundedTo) {
        return roundedTo <= 1 && minimum <= 1
                ? text(Message.EXPORT_RULE_EXACT_ANY)
                : text(Message.EXPORT_RULE_ROUNDED_ANY, roundedTo, minimum);
    }

    private List<Object> totalLabel(int columns) {
        List<Object> values = new ArrayList<>();
        values.add(text(Message.EXPORT_TOTAL));
        for (int i = 1; i < columns; i++) {
            values.add(null);
        }
        return values;
    }

    private static String stem(String schoolYear, List<String> directorates) {
        return schoolYear.replace('/', '-') + "-" + String.join("-", directorates);
    }

    private static String named(String name, Long id) {
        return name != null ? name : id == null ? null : String.valueOf(id);
    }

    private static Cell asCell(OutcomeCell c) {
        return new Cell(
                c.directorate(),
                c.associationId(),
                c.associationNameAr(),
                c.centreId(),
                c.centreNameAr(),
                c.programme(),
                c.sex(),
                c.age(),
                c.nationality(),
                null,
                null,
                0,
                null,
                null);
    }

    private String label(Dimension dimension, Cell cell) {
        return switch (dimension) {
            case DIRECTORATE -> cell.directorate();
            case ASSOCIATION -> named(cell.associationNameAr(), cell.associationId());
            case CENTRE -> named(cell.centreNameAr(), cell.centreId());
            case PROGRAMME ->
                cell.programme() == null ? null : Messages.label(language, Programme.valueOf(cell.programme()));
            case SEX -> cell.sex() == null ? null : Messages.label(language, Sex.valueOf(cell.sex()));
            case AGE -> cell.age() == null ? null : String.valueOf(cell.age());
            case NATIONALITY ->
                cell.nationality() == null
                        ? null
                        : new Locale("", cell.nationality()).getDisplayCountry(language.locale);
            case STATUS ->
                cell.status() == null ? null : Messages.label(language, PlacementStatus.valueOf(cell.status()));
            case OUTCOME -> cell.outcome() == null ? null : Messages.label(language, Outcome.valueOf(cell.outcome()));
        };
    }

    /** A filter's value in words: a programme's or a sex's label, a country's name, a number as it is. */
    private String valueLabel(Dimension dimension, Object value) {
        return switch (dimension) {
            case PROGRAMME -> Messages.label(language, Programme.valueOf(value.toString()));
            case SEX -> Messages.label(language, Sex.valueOf(value.toString()));
            case NATIONALITY -> new Locale("", value.toString()).getDisplayCountry(language.locale);
            default -> value.toString();
        };
    }

    private String text(Message message, Object... args) {
        return Messages.text(language, message, args);
    }
}
