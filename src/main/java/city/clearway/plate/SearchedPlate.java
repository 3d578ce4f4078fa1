package city.clearway.plate;

import city.clearway.common.ProblemException;

/** A plate a client searches by, in any spelling: its canonical form, or a {@code 400} when it cannot be a plate. */
public final class SearchedPlate {

    private SearchedPlate() {
    }

    /** The canonical plate; {@code null} when none was given. */
    public static String canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Plate.parse(raw).canonical();
        } catch (InvalidPlateException e) {
            throw ProblemException.badParameter("plate", "plate");
        }
    }
}
