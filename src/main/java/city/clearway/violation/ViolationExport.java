package city.clearway.violation;

import city.clearway.common.CityTime;
import city.clearway.common.CsvWriter;
import city.clearway.plate.Plate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A search exported as CSV (UTF-8, a header row, Persian text as typed), written page by page as it is read, so
 * an export of a whole year never sits in memory.
 */
@ApplicationScoped
public class ViolationExport {

    public static final int PAGE = 1000;
    static final String CSV = "text/csv";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String[] HEADER = {"ticketNumber", "id", "plate", "platePersian", "status", "violationType",
        "vehicleClass", "districtCode", "observedAt", "registeredAt", "inspector", "lat", "lon", "address", "note",
        "fineAmount", "currency", "impoundId", "cancelledAt", "cancelReason"};

    private final ViolationService violations;
    private final CityTime cityTime;

    ViolationExport(ViolationService violations, CityTime cityTime) {
        this.violations = violations;
        this.cityTime = cityTime;
    }

    /** The search, held to the caller's district, as a CSV file to save: for the API and the auditor's page alike. */
    public Response download(ViolationSearch search) {
        return Response.ok(csv(violations.scoped(search)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"violations.csv\"")
                .build();
    }

    private StreamingOutput csv(ViolationSearch scoped) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            // Spreadsheets read UTF-8 (and so Persian) correctly only with the byte order mark.
            writer.write(BYTE_ORDER_MARK);
            CsvWriter csv = new CsvWriter(writer);
            for (String column : HEADER) {
                csv.value(column);
            }
            csv.endRow();
            ViolationCursor next = null;
            do {
                ViolationSearch page = scoped.page(PAGE, next);
                ViolationService.Page rows = QuarkusTransaction.requiringNew().call(() -> violations.page(page));
                for (Violation v : rows.items()) {
                    csv.value(v.getTicketNumber()).value(v.getId()).value(v.getPlate()).value(persian(v.getPlate()))
                            .value(v.getStatus()).value(v.getViolationType()).value(v.getVehicleClass()).value(v.getDistrictCode())
                            .value(time(v.getObservedAt())).value(time(v.getRegisteredAt()))
                            .text(v.getInspector()).value(v.getLat()).value(v.getLon()).text(v.getAddress()).text(v.getNote())
                            .value(v.getFineAmount()).value("IRR").value(v.getImpoundId())
                            .value(time(v.getCancelledAt())).text(v.getCancelReason());
                    csv.endRow();
                }
                writer.flush();
                next = rows.next();
            } while (next != null);
            writer.flush();
        };
    }

    /** Always with seconds and the offset, as the contract writes times. */
    private String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cityTime.toCity(instant));
    }

    private static String persian(String canonical) {
        return Plate.parse(canonical).persianDisplay();
    }
}
