package ma.forsa.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.support.SupportEnums.PupilStatus;
import ma.forsa.support.SupportEnums.RiskSignal;
import org.hibernate.annotations.Filter;

/** A pupil still in formal school whom an association follows because they may drop out. */
@Entity
@Table(name = "at_risk_pupil")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class AtRiskPupil extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", nullable = false, updatable = false)
    public Long associationId;

    @Column(name = "first_name_ar", nullable = false)
    public String firstNameAr;

    @Column(name = "last_name_ar", nullable = false)
    public String lastNameAr;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "massar_code")
    public String massarCode;

    @Column(name = "school_name", nullable = false)
    public String schoolName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Column(name = "guardian_phone")
    public String guardianPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PupilStatus status = PupilStatus.FOLLOWED;

    @ElementCollection
    @CollectionTable(name = "at_risk_signal", joinColumns = @JoinColumn(name = "pupil_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "risk")
    public Set<RiskSignal> signals = EnumSet.noneOf(RiskSignal.class);
}
