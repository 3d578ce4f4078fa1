package city.clearway.reference;

/** The kinds of obstruction Clearway enforces, with the labels people read. */
public enum ViolationType {
    SIDEWALK_PARKING("Parking on the sidewalk", "توقف روی پیاده‌رو"),
    CROSSWALK_BLOCKING("Blocking a crosswalk", "سد گذرگاه عابر پیاده"),
    RAMP_BLOCKING("Blocking an accessibility ramp", "سد سطح شیب‌دار معلولان"),
    DRIVEWAY_BLOCKING("Blocking a driveway", "سد ورودی پارکینگ"),
    DOUBLE_PARKING("Double parking", "توقف دوبله"),
    VENDOR_OCCUPATION("Vehicle used as a street stall", "سد معبر با خودروی دست‌فروشی"),
    FIRE_ACCESS_BLOCKING("Blocking fire access", "سد دسترسی آتش‌نشانی");

    private final String english;
    private final String persian;

    ViolationType(String english, String persian) {
        this.english = english;
        this.persian = persian;
    }

    public String english() {
        return english;
    }

    public String persian() {
        return persian;
    }
}
