package city.clearway.impound;

import city.clearway.common.CityTime;
import city.clearway.impound.IntakeDtos.Condition;
import city.clearway.impound.IntakeDtos.DamageEntry;
import city.clearway.impound.IntakeDtos.IntakePhotoView;
import city.clearway.impound.IntakeDtos.InventoryView;
import city.clearway.impound.IntakeDtos.ItemEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(uses = CityTime.class)
public interface IntakeMapper {

    @Mapping(target = "condition", source = ".")
    InventoryView toView(IntakeInventory inventory);

    List<InventoryView> toViews(List<IntakeInventory> inventories);

    default Condition condition(IntakeInventory inventory) {
        return new Condition(inventory.getDamage().stream().map(d -> new DamageEntry(d.part(), d.description())).toList(),
                inventory.getOdometer(), inventory.getFuel());
    }

    default ItemEntry item(IntakeInventory.Item item) {
        return new ItemEntry(item.description(), item.quantity());
    }

    IntakePhotoView toView(IntakePhoto photo);

    List<IntakePhotoView> toPhotoViews(List<IntakePhoto> photos);
}
