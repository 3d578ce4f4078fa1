package city.clearway.impound;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.impound.IntakeDtos.InventoryRequest;
import city.clearway.impound.IntakeInventory.Damage;
import city.clearway.impound.IntakeInventory.Item;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The intake inventory (PRODUCT §9): recorded by a clerk of the impound's lot while the vehicle is in it, each time as
 * a new version; read by whoever may see the impound. A new version bumps the impound's version too, since the
 * release slip lists the inventory: a release prepared before a correction fails its {@code If-Match}.
 */
@ApplicationScoped
public class IntakeInventoryService {

    private final ImpoundRepository impounds;
    private final ImpoundService impoundReads;
    private final IntakeInventoryRepository inventories;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    IntakeInventoryService(ImpoundRepository impounds, ImpoundService impoundReads, IntakeInventoryRepository inventories,
                           AuditLog audit, TimeSource time, Caller caller) {
        this.impounds = impounds;
        this.impoundReads = impoundReads;
        this.inventories = inventories;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional
    public IntakeInventory record(UUID impoundId, @Valid @NotNull InventoryRequest request) {
        caller.require(Permission.RECORD_INVENTORY);
        Impound impound = impounds.lockForChange(impoundId)
                .filter(found -> caller.maySeeImpound(found.getLotCode(), found.getViolation().getDistrictCode()))
                .orElseThrow(() -> ProblemException.notFound("impound", impoundId));
        if (!caller.clerksAtLot(impound.getLotCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", impound.getLotCode());
        }
        impound.getStatus().requireInLot();
        List<Damage> damage = request.condition().damage().stream().map(d -> new Damage(d.part(), d.description())).toList();
        List<Item> items = request.items().stream().map(i -> new Item(i.description(), i.quantity())).toList();
        IntakeInventory inventory = new IntakeInventory(impoundId, inventories.nextVersion(impoundId), damage,
                request.condition().odometer(), request.condition().fuel(), items, request.keysReceived(), request.notes(),
                time.now(), caller.username());
        inventories.persist(inventory);
        audit.record(caller.username(), AuditAction.INVENTORY_RECORDED, AuditEntity.IMPOUND, impoundId, AuditData.of(
                "inventoryVersion", inventory.getVersion(),
                "damage", damage.stream().map(d -> Map.of("part", d.part(), "description", d.description())).toList(),
                "odometer", inventory.getOdometer(), "fuel", inventory.getFuel(),
                "items", items.stream().map(i -> Map.of("description", i.description(), "quantity", i.quantity())).toList(),
                "keysReceived", inventory.isKeysReceived(), "notes", inventory.getNotes()));
        return inventory;
    }

    /** The version in force, if any was recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IntakeInventory> latest(UUID impoundId) {
        return inventories.latestOf(impoundReads.get(impoundId).getId());
    }

    /** Every version, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IntakeInventory> versions(UUID impoundId) {
        return inventories.versionsOf(impoundReads.get(impoundId).getId());
    }
}
