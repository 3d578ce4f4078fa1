package city.clearway.web;

import city.clearway.impound.FuelLevel;
import city.clearway.impound.IntakeInventory;
import city.clearway.impound.IntakePhoto;

import java.util.List;

/**
 * The intake part of the impound page: the inventory in force, its earlier versions, the intake photos, and the form
 * for the next version, filled with the version in force (or with what the clerk typed, when it was refused).
 */
public record IntakeSection(IntakeInventory latest, List<IntakeInventory> versions, List<IntakePhoto> photos, boolean canRecord,
                            List<Row> damageRows, List<Row> itemRows, String odometer, String fuel, boolean keysReceived,
                            String notes, List<FuelLevel> fuels) {

    /** One line of the form: a damaged part and its description, or an item and its quantity. */
    public record Row(int n, String first, String second) {
    }
}
