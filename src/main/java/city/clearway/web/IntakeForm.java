package city.clearway.web;

import city.clearway.common.Digits;
import city.clearway.common.ProblemException;
import city.clearway.impound.FuelLevel;
import city.clearway.impound.IntakeDtos;
import city.clearway.impound.IntakeDtos.Condition;
import city.clearway.impound.IntakeDtos.DamageEntry;
import city.clearway.impound.IntakeDtos.InventoryRequest;
import city.clearway.impound.IntakeDtos.ItemEntry;
import city.clearway.impound.IntakeInventory;
import city.clearway.impound.IntakePhoto;
import city.clearway.web.IntakeSection.Row;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The intake inventory form: numbered lines {@code damagePart1}/{@code damageDescription1}… and
 * {@code itemDescription1}/{@code itemQuantity1}…, a blank line skipped; an item without a quantity counts once.
 * The limits are the service's, whichever channel the inventory came through.
 */
final class IntakeForm {

    /** Blank lines offered below the filled ones. */
    private static final int SPARE_ROWS = 3;

    private IntakeForm() {
    }

    static InventoryRequest read(MultivaluedMap<String, String> form) {
        List<DamageEntry> damage = new ArrayList<>();
        for (int n = 1; n <= IntakeDtos.MAX_DAMAGE + 1; n++) {
            String part = Forms.optional(form, "damagePart" + n);
            String description = Forms.optional(form, "damageDescription" + n);
            if (part != null || description != null) {
                damage.add(new DamageEntry(part, description));
            }
        }
        List<ItemEntry> items = new ArrayList<>();
        for (int n = 1; n <= IntakeDtos.MAX_ITEMS + 1; n++) {
            String description = Forms.optional(form, "itemDescription" + n);
            Integer quantity = number(form, "itemQuantity" + n);
            if (description != null || quantity != null) {
                items.add(new ItemEntry(description, quantity == null ? 1 : quantity));
            }
        }
        String fuel = Forms.optional(form, "fuel");
        return new InventoryRequest(new Condition(damage, number(form, "odometer"), fuel == null ? null : Forms.choice(form, "fuel", FuelLevel.class)),
                items, "on".equals(form.getFirst("keysReceived")) || "true".equals(form.getFirst("keysReceived")),
                Forms.optional(form, "notes"));
    }

    /** The form for the next version: what the clerk typed when it was refused, otherwise the version in force. */
    static IntakeSection section(IntakeInventory latest, List<IntakeInventory> versions, List<IntakePhoto> photos,
                                 boolean canRecord, Map<String, String> typed) {
        List<Row> damage = new ArrayList<>();
        List<Row> items = new ArrayList<>();
        if (typed.containsKey("keysReceived") || typed.keySet().stream().anyMatch(key -> key.startsWith("damage") || key.startsWith("item"))
                || typed.containsKey("odometer")) {
            for (int n = 1; n <= IntakeDtos.MAX_DAMAGE; n++) {
                add(damage, typed.get("damagePart" + n), typed.get("damageDescription" + n));
            }
            for (int n = 1; n <= IntakeDtos.MAX_ITEMS; n++) {
                add(items, typed.get("itemDescription" + n), typed.get("itemQuantity" + n));
            }
            return new IntakeSection(latest, versions, photos, canRecord, spare(damage, IntakeDtos.MAX_DAMAGE), spare(items, IntakeDtos.MAX_ITEMS),
                    typed.getOrDefault("odometer", ""), typed.getOrDefault("fuel", ""), typed.containsKey("keysReceived"),
                    typed.getOrDefault("notes", ""), List.of(FuelLevel.values()));
        }
        if (latest != null) {
            latest.getDamage().forEach(d -> add(damage, d.part(), d.description()));
            latest.getItems().forEach(i -> add(items, i.description(), Integer.toString(i.quantity())));
        }
        return new IntakeSection(latest, versions, photos, canRecord, spare(damage, IntakeDtos.MAX_DAMAGE), spare(items, IntakeDtos.MAX_ITEMS),
                latest == null || latest.getOdometer() == null ? "" : latest.getOdometer().toString(),
                latest == null || latest.getFuel() == null ? "" : latest.getFuel().name(), latest != null && latest.isKeysReceived(),
                latest == null || latest.getNotes() == null ? "" : latest.getNotes(), List.of(FuelLevel.values()));
    }

    private static void add(List<Row> rows, String first, String second) {
        boolean blank = (first == null || first.isBlank()) && (second == null || second.isBlank());
        if (!blank) {
            rows.add(new Row(rows.size() + 1, first == null ? "" : first, second == null ? "" : second));
        }
    }

    private static List<Row> spare(List<Row> rows, int max) {
        List<Row> offered = new ArrayList<>(rows);
        while (offered.size() < Math.min(rows.size() + SPARE_ROWS, max)) {
            offered.add(new Row(offered.size() + 1, "", ""));
        }
        return offered;
    }

    /** A whole number typed in Latin or Persian digits; blank is absent. */
    private static Integer number(MultivaluedMap<String, String> form, String name) {
        String typed = Forms.optional(form, name);
        if (typed == null) {
            return null;
        }
        String digits = Digits.toLatin(typed).replace(",", "").replace("٬", "").strip();
        if (!digits.matches("\\d{1,9}")) {
            throw ProblemException.invalid(name, "whole-number");
        }
        return Integer.parseInt(digits);
    }
}
