package city.clearway.impound;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The default {@link NoticeSender}: no gateway is configured, so the notice is written to the log for the lot's staff
 * to act on. It names the notice, the ticket and the lot, never the plate or anything about the owner.
 */
@ApplicationScoped
public class LoggingNoticeSender implements NoticeSender {

    private static final Logger LOG = Logger.getLogger(LoggingNoticeSender.class);

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.LOG;
    }

    @Override
    public Delivery send(NoticeMessage notice) {
        LOG.infof("Owner notice %s due %s for ticket %s (impound %s, lot %s)", notice.kind(), notice.dueAt(), notice.ticketNumber(),
                notice.impoundId(), notice.lotCode());
        return new Delivery(NoticeChannel.LOG, null);
    }
}
