package city.clearway.impound;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A gateway in place of the log sender (the bean it stands in for), remembering every notice handed to it. */
class RecordingNoticeSender extends LoggingNoticeSender {

    final List<NoticeMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.SMS;
    }

    @Override
    public Delivery send(NoticeMessage notice) {
        sent.add(notice);
        return new Delivery(NoticeChannel.SMS, "+98 914 000 0000");
    }

    /** How many times each notice of {@code impoundId} was sent, by kind. */
    Map<NoticeKind, Long> timesSent(String impoundId) {
        Map<NoticeKind, Long> times = new ConcurrentHashMap<>();
        sent.stream().filter(n -> n.impoundId().toString().equals(impoundId)).forEach(n -> times.merge(n.kind(), 1L, Long::sum));
        return times;
    }

    long timesSent(UUID noticeId) {
        return sent.stream().filter(n -> n.noticeId().equals(noticeId)).count();
    }
}
