package city.clearway.plate;

/** The text is neither an Iranian plate nor a plain letters-and-digits plate. */
public class InvalidPlateException extends IllegalArgumentException {

    public InvalidPlateException(String raw) {
        super("Not a plate: " + raw);
    }
}
