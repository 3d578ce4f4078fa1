package city.clearway.report;

import city.clearway.appeal.AppealDecided;
import city.clearway.appeal.AppealOutcome;
import city.clearway.common.CityTime;
import city.clearway.fee.RefundRecorded;
import city.clearway.fee.PaymentReceived;
import city.clearway.fee.WaiverGranted;
import city.clearway.impound.VehicleDisposed;
import city.clearway.impound.VehicleImpounded;
import city.clearway.impound.VehicleReleased;
import city.clearway.reference.ViolationType;
import city.clearway.violation.ViolationCancelled;
import city.clearway.violation.ViolationRegistered;
import city.clearway.violation.ViolationSettled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes down, in the transaction of the change itself, each event the features publish that a report counts. Should
 * one land in a day already closed (a server's clock was set back), that day is opened again: its sums are forgotten
 * and it is closed afresh later.
 */
@ApplicationScoped
class ReportFacts {

    private static final Logger LOG = Logger.getLogger(ReportFacts.class);

    private final EntityManager em;
    private final CityTime cityTime;

    ReportFacts(EntityManager em, CityTime cityTime) {
        this.em = em;
        this.cityTime = cityTime;
    }

    void registered(@Observes ViolationRegistered event) {
        record(ReportFact.counted(FactKind.REGISTERED, event.at(), day(event.at()), event.districtCode(), event.violationType()));
    }

    void cancelled(@Observes ViolationCancelled event) {
        record(ReportFact.counted(FactKind.CANCELLED, event.at(), day(event.at()), event.districtCode(), event.violationType()));
    }

    void settled(@Observes ViolationSettled event) {
        record(ReportFact.earned(FactKind.SETTLED, event.at(), day(event.at()), event.districtCode(), event.violationType(),
                event.fine(), 0, 0, 0, null));
    }

    void impounded(@Observes VehicleImpounded event) {
        record(ReportFact.counted(FactKind.IMPOUNDED, event.at(), day(event.at()), event.districtCode(), event.violationType()));
    }

    void released(@Observes VehicleReleased event) {
        record(ReportFact.earned(FactKind.RELEASED, event.at(), day(event.at()), event.districtCode(), event.violationType(),
                event.fine(), event.tow(), event.storage(), event.vat(), event.staySeconds()));
    }

    void disposed(@Observes VehicleDisposed event) {
        record(ReportFact.counted(FactKind.DISPOSED, event.at(), day(event.at()), event.districtCode(), event.violationType()));
    }

    void paid(@Observes PaymentReceived event) {
        record(money(FactKind.PAYMENT, event.at(), event.districtCode(), event.violationType(), event.amount()));
    }

    void waived(@Observes WaiverGranted event) {
        record(money(FactKind.WAIVER, event.at(), event.districtCode(), event.violationType(), event.amount()));
    }

    void appealDecided(@Observes AppealDecided event) {
        FactKind kind = event.outcome() == AppealOutcome.OVERTURNED ? FactKind.APPEAL_OVERTURNED : FactKind.APPEAL_UPHELD;
        record(ReportFact.earned(kind, event.at(), day(event.at()), event.districtCode(), event.violationType(),
                -event.fine(), -event.tow(), -event.storage(), -event.vat(), null));
    }

    void refunded(@Observes RefundRecorded event) {
        record(money(FactKind.REFUND, event.at(), event.districtCode(), event.violationType(), event.amount()));
    }

    private ReportFact money(FactKind kind, Instant at, String districtCode, ViolationType type, long amount) {
        return ReportFact.money(kind, at, day(at), districtCode, type, amount);
    }

    private void record(ReportFact fact) {
        em.persist(fact);
        ReportDay closed = em.find(ReportDay.class, fact.cityDay());
        if (closed != null) {
            em.createQuery("delete from DayTally t where t.key.day = :day").setParameter("day", fact.cityDay()).executeUpdate();
            em.remove(closed);
            LOG.warnf("A change was stamped in the closed day %s: the day is open again", fact.cityDay());
        }
    }

    private LocalDate day(Instant at) {
        return cityTime.dayOf(at);
    }
}
