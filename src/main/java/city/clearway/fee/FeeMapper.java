package city.clearway.fee;

import city.clearway.common.CityTime;
import city.clearway.common.Messages;
import city.clearway.common.Rials;
import city.clearway.fee.FeeCalculator.ChargeLine;
import city.clearway.fee.FeeDtos.FeeLineView;
import city.clearway.fee.FeeDtos.FeeQuoteView;
import city.clearway.fee.FeeDtos.ReceiptView;
import city.clearway.fee.FeeDtos.WaiverView;
import jakarta.inject.Inject;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Locale;

/** Quotes, receipts and waivers as clients see them; charge lines described in the caller's language. */
@Mapper(uses = CityTime.class, imports = Rials.class)
public abstract class FeeMapper {

    @Inject
    Messages messages;

    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    public abstract FeeQuoteView toView(Quote quote, @Context Locale locale);

    public FeeLineView toView(ChargeLine line, @Context Locale locale) {
        String description = messages.get(locale, "fee." + line.kind().name(), line.amount(), line.tariffVersion(), line.quantity(), line.rate());
        return new FeeLineView(line.kind(), description, line.amount(), line.tariffVersion());
    }

    /** A receipt, with the ticket and plate it was paid for. */
    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    public abstract ReceiptView toReceipt(Payment payment, String ticketNumber, String plate);

    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    public abstract WaiverView toView(Waiver waiver);
}
