package ma.forsa.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.programme.Programme;
import org.hibernate.annotations.Filter;

/** A partnership agreement (اتفاقية شراكة) between a directorate and an association. */
@Entity
@Table(name = "agreement")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class Agreement extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", nullable = false)
    public Long associationId;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "budget_mad", nullable = false, precision = 14, scale = 2)
    public BigDecimal budgetMad = BigDecimal.ZERO;

    @ElementCollection
    @CollectionTable(name = "agreement_school_year", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "school_year_id")
    public Set<Long> schoolYearIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_programme", joinColumns = @JoinColumn(name = "agreement_id"))
    public List<ProgrammeTarget> programmes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_tranche", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    public List<Tranche> tranches = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_centre", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "centre_id")
    public Set<Long> centreIds = new TreeSet<>();

    @Embeddable
    public static class ProgrammeTarget {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Programme programme;

        @Column(name = "target_beneficiaries", nullable = false)
        public int targetBeneficiaries;
    }

    @Embeddable
    public static class Tranche {
        @Column(name = "amount_mad", nullable = false, precision = 14, scale = 2)
        public BigDecimal amountMad;

        @Column(name = "due_on", nullable = false)
        public LocalDate dueOn;

        @Column(name = "paid_on")
        public LocalDate paidOn;
    }
}
