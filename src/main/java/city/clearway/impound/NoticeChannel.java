package city.clearway.impound;

/** How a notice reaches the owner: the gateway behind {@link NoticeSender} says which it uses. */
public enum NoticeChannel {
    /** Written to the service's log only: no gateway is plugged in. */
    LOG,
    SMS,
    EMAIL,
    POST
}
