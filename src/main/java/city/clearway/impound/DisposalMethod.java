package city.clearway.impound;

/** How an unclaimed vehicle leaves the lot for good. */
public enum DisposalMethod {
    AUCTION, SCRAP, TRANSFER
}
