package city.clearway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the office and public pages, in {@code messages/office.properties} (English) and
 * {@code messages/office_fa.properties} (Persian). Templates write {@code {office:home_title}}, form field labels come
 * from {@link FieldTexts} ({@code {field:plate}}) and labels of codes from {@link CodeLabels}
 * ({@code {label:violationStatus(v.status)}}): the build fails when a page asks for a text, a field or a code's label
 * that a bundle lacks. The three are apart because Quarkus splits a bundle of over 300 entries into parts it does not
 * generate correctly (3.33).
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
    String disposal_button();

    @Message
    String disposal_done();

    @Message
    String disposal_hint();

    @Message
    String disposal_method();

    @Message
    String disposal_proceeds();

    @Message
    String disposal_surplus();

    @Message
    String disposal_title();

    @Message
    String disposal_writtenOff();

    @Message
    String done_disposal();

    @Message
    String nav_unclaimed();

    @Message
    String notices_cancelled();

    @Message
    String notices_channel();

    @Message
    String notices_dueAt();

    @Message
    String notices_kind();

    @Message
    String notices_pending();

    @Message
    String notices_sent();

    @Message
    String notices_state();

    @Message
    String notices_title();

    @Message
    String unclaimed_caption(String count);

    @Message
    String unclaimed_days();

    @Message
    String unclaimed_daysInLot();

    @Message
    String unclaimed_empty();

    @Message
    String unclaimed_title();

    @Message
    String done_inventory();

    @Message
    String done_photo();

    @Message
    String intake_correct();

    @Message
    String intake_damage();

    @Message
    String intake_damageDescription();

    @Message
    String intake_fuel();

    @Message
    String intake_item();

    @Message
    String intake_items();

    @Message
    String intake_keysReceived();

    @Message
    String intake_no();

    @Message
    String intake_noDamage();

    @Message
    String intake_noItems();

    @Message
    String intake_noKeys();

    @Message
    String intake_none();

    @Message
    String intake_notes();

    @Message
    String intake_odometer();

    @Message
    String intake_part();

    @Message
    String intake_photo();

    @Message
    String intake_photos();

    @Message
    String intake_quantity();

    @Message
    String intake_record();

    @Message
    String intake_save();

    @Message
    String intake_title();

    @Message
    String intake_upload();

    @Message
    String intake_version(String version);

    @Message
    String intake_versions();

    @Message
    String intake_yes();

    @Message
    String slip_inventorySignature();

    @Message
    String appeal_cancelled();

    @Message
    String appeal_caption(String count);

    @Message
    String appeal_decide();

    @Message
    String appeal_decidedAt();

    @Message
    String appeal_done_decided();

    @Message
    String appeal_done_filed();

    @Message
    String appeal_done_refunded();

    @Message
    String appeal_evidence();

    @Message
    String appeal_file();

    @Message
    String appeal_fileButton();

    @Message
    String appeal_filedAt();

    @Message
    String appeal_filedBy();

    @Message
    String appeal_grounds();

    @Message
    String appeal_listTitle();

    @Message
    String appeal_none();

    @Message
    String appeal_noneForViolation();

    @Message
    String appeal_one();

    @Message
    String appeal_open();

    @Message
    String appeal_outcome();

    @Message
    String appeal_overturnedAt();

    @Message
    String appeal_reason();

    @Message
    String appeal_refund();

    @Message
    String appeal_refundButton();

    @Message
    String appeal_refundDue();

    @Message
    String appeal_title();

    @Message
    String appeal_toImpound();

    @Message
    String nav_appeals();

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
    String report_outcomes();

    @Message
    String report_disposed();

    @Message
    String report_appealsUpheld();

    @Message
    String report_appealsOverturned();

    @Message
    String report_refunds();

    @Message
    String report_refunded();
}
