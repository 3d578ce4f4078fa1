package city.clearway.web;

import city.clearway.audit.AuditAction;
import city.clearway.complaint.ComplaintOutcome;
import city.clearway.complaint.ComplaintStatus;
import city.clearway.fee.FeeKind;
import city.clearway.fee.PaymentMethod;
import city.clearway.impound.ForeignDocumentType;
import city.clearway.impound.HoldAuthority;
import city.clearway.impound.ImpoundStatus;
import city.clearway.impound.ReleaseKind;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import city.clearway.violation.ViolationStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the office and public pages, in {@code messages/office.properties} (English) and
 * {@code messages/office_fa.properties} (Persian). Templates write {@code {office:home_title}}; the build fails when a
 * page asks for a text this bundle lacks or a language file lacks one of these. A method taking a code (a status, a
 * payment method...) is its label, kept under {@code <method>_<CONSTANT>} in the files.
 */
@MessageBundle(value = "office", locale = "en")
public interface OfficeTexts {

    @Message
    String all();

    @Message
    String back();

    @Message
    String chain_broken(String sequence);

    @Message
    String chain_checkedAt();

    @Message
    String chain_explain();

    @Message
    String chain_valid(String length);

    @Message
    String complaint_close();

    @Message
    String complaint_closeButton();

    @Message
    String complaint_closeHint();

    @Message
    String complaint_closed();

    @Message
    String complaint_facts();

    @Message
    String complaint_title();

    @Message
    String complaint_trail();

    @Message
    String complaints_hint();

    @Message
    String complaints_none();

    @Message
    String complaints_unrouted();

    @Message
    String done_hold();

    @Message
    String done_lift();

    @Message
    String done_override();

    @Message
    String done_payment(String receipt);

    @Message
    String done_waiver();

    @Message
    String duration(String days, String hours);

    @Message
    String field_address();

    @Message
    String field_age();

    @Message
    String field_amount();

    @Message
    String field_authority();

    @Message
    String field_balance();

    @Message
    String field_charged();

    @Message
    String field_companyName();

    @Message
    String field_companyNationalId();

    @Message
    String field_country();

    @Message
    String field_description();

    @Message
    String field_distance();

    @Message
    String field_district();

    @Message
    String field_documentNumber();

    @Message
    String field_documentType();

    @Message
    String field_fine();

    @Message
    String field_from();

    @Message
    String field_group();

    @Message
    String field_groupBy();

    @Message
    String field_holdReason();

    @Message
    String field_impoundedAt();

    @Message
    String field_inLot();

    @Message
    String field_inspector();

    @Message
    String field_item();

    @Message
    String field_kind();

    @Message
    String field_lat();

    @Message
    String field_liftReason();

    @Message
    String field_location();

    @Message
    String field_lon();

    @Message
    String field_lot();

    @Message
    String field_method();

    @Message
    String field_note();

    @Message
    String field_observedAt();

    @Message
    String field_overrideReason();

    @Message
    String field_ownershipDocument();

    @Message
    String field_paid();

    @Message
    String field_plate();

    @Message
    String field_powerOfAttorneyNumber();

    @Message
    String field_reason();

    @Message
    String field_receiptNumber();

    @Message
    String field_receivedAt();

    @Message
    String field_receivedBy();

    @Message
    String field_reference();

    @Message
    String field_registeredAt();

    @Message
    String field_releaseNumber();

    @Message
    String field_releasedAt();

    @Message
    String field_releasedBy();

    @Message
    String field_releasedTo_companyName();

    @Message
    String field_releasedTo_companyNationalId();

    @Message
    String field_releasedTo_country();

    @Message
    String field_releasedTo_documentNumber();

    @Message
    String field_releasedTo_documentType();

    @Message
    String field_releasedTo_kind();

    @Message
    String field_releasedTo_powerOfAttorneyNumber();

    @Message
    String field_releasedToName();

    @Message
    String field_releasedToNationalId();

    @Message
    String field_reportCount();

    @Message
    String field_reportedPlates();

    @Message
    String field_serviceRequestId();

    @Message
    String field_status();

    @Message
    String field_ticket();

    @Message
    String field_to();

    @Message
    String field_towOperator();

    @Message
    String field_vehicleClass();

    @Message
    String field_violation();

    @Message
    String field_violationType();

    @Message
    String field_waived();

    @Message
    String field_waiverAmount();

    @Message
    String field_waiverReason();

    @Message
    String find();

    @Message
    String home_chain();

    @Message
    String home_complaints();

    @Message
    String home_inventory();

    @Message
    String home_nothing();

    @Message
    String home_reports();

    @Message
    String home_search();

    @Message
    String home_title();

    @Message
    String impound_fees();

    @Message
    String impound_grant();

    @Message
    String impound_hold();

    @Message
    String impound_holdFirst();

    @Message
    String impound_holds();

    @Message
    String impound_lift();

    @Message
    String impound_lifted();

    @Message
    String impound_pay();

    @Message
    String impound_payFirst();

    @Message
    String impound_placeHold();

    @Message
    String impound_receipts();

    @Message
    String impound_release();

    @Message
    String impound_releaseButton();

    @Message
    String impound_releasedTitle();

    @Message
    String impound_takePayment();

    @Message
    String impound_vehicle();

    @Message
    String impound_waive();

    @Message
    String inventory_caption(String count);

    @Message
    String inventory_empty();

    @Message
    String inventory_title();

    @Message
    String login_failed();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String logout();

    @Message
    String meters(String meters);

    @Message
    String nav();

    @Message
    String nav_chain();

    @Message
    String nav_complaints();

    @Message
    String nav_inventory();

    @Message
    String nav_password();

    @Message
    String nav_reports();

    @Message
    String nav_search();

    @Message
    String next();

    @Message
    String onHold();

    @Message
    String password_changed();

    @Message
    String password_current();

    @Message
    String password_mismatch();

    @Message
    String password_new();

    @Message
    String password_repeat();

    @Message
    String password_required();

    @Message
    String password_rules();

    @Message
    String password_submit();

    @Message
    String password_title();

    @Message
    String print();

    @Message
    String product();

    @Message
    String receipt_title();

    @Message
    String release_otherDebts();

    @Message
    String release_otherDebtsHint();

    @Message
    String release_override();

    @Message
    String release_overrideButton();

    @Message
    String release_overrides();

    @Message
    String release_personHint();

    @Message
    String report_byDistrict();

    @Message
    String report_byMonth();

    @Message
    String report_byType();

    @Message
    String report_cancelled();

    @Message
    String report_chart();

    @Message
    String report_impounded();

    @Message
    String report_lots();

    @Message
    String report_median();

    @Message
    String report_occupancy();

    @Message
    String report_received();

    @Message
    String report_registered();

    @Message
    String report_released();

    @Message
    String report_revenue();

    @Message
    String report_run();

    @Message
    String report_settled();

    @Message
    String report_total();

    @Message
    String rials(String amount);

    @Message
    String search_csv();

    @Message
    String search_none();

    @Message
    String skip();

    @Message
    String slip_signatures();

    @Message
    String slip_title();

    @Message
    String stale();

    @Message
    String timeline_facts();

    @Message
    String timeline_photos();

    @Message
    String timeline_title();

    @Message
    String public_city();

    @Message
    String public_find_bring();

    @Message
    String public_find_bring_nationalId();

    @Message
    String public_find_bring_ownership();

    @Message
    String public_find_bring_payment();

    @Message
    String public_find_intro();

    @Message
    String public_find_none();

    @Message
    String public_find_onHold();

    @Message
    String public_find_owed();

    @Message
    String public_find_registered();

    @Message
    String public_find_submit();

    @Message
    String public_find_title();

    @Message
    String public_find_where();

    @Message
    String public_report_closed();

    @Message
    String public_report_intro();

    @Message
    String public_report_notes();

    @Message
    String public_report_number();

    @Message
    String public_report_open();

    @Message
    String public_report_submit();

    @Message
    String public_report_title();

    @Message
    String public_report_updatedAt();

    @Message
    String violationStatus(ViolationStatus code);

    @Message
    String impoundStatus(ImpoundStatus code);

    @Message
    String violationType(ViolationType code);

    @Message
    String vehicleClass(VehicleClass code);

    @Message
    String paymentMethod(PaymentMethod code);

    @Message
    String holdAuthority(HoldAuthority code);

    @Message
    String feeKind(FeeKind code);

    @Message
    String auditAction(AuditAction code);

    @Message
    String complaintStatus(ComplaintStatus code);

    @Message
    String complaintOutcome(ComplaintOutcome code);

    @Message
    String releaseKind(ReleaseKind code);

    @Message
    String foreignDocumentType(ForeignDocumentType code);
}
