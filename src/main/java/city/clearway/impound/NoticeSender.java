package city.clearway.impound;

/**
 * Hands an owner notice to whatever reaches the owner. The default writes it to the log ({@link LoggingNoticeSender});
 * an SMS or e-mail gateway replaces it as a CDI alternative ({@code @Alternative @Priority(1) @ApplicationScoped}).
 * A sender that cannot deliver throws: the notice stays unsent and is tried again once its claim has run out.
 */
public interface NoticeSender {

    /** The channel its notices go through, recorded with each notice as it is written to the outbox. */
    NoticeChannel channel();

    /** Delivers the notice and says where it went ({@code to} may be null when the channel has no address). */
    Delivery send(NoticeMessage notice);

    /** What an owner is told: which notice, for which ticket and plate, in which lot, and when it fell due. */
    record NoticeMessage(java.util.UUID noticeId, NoticeKind kind, java.util.UUID impoundId, String ticketNumber, String plate,
                         String lotCode, java.time.Instant dueAt) {
    }

    record Delivery(NoticeChannel channel, String to) {
    }
}
