package city.clearway.security;

import city.clearway.common.CityTime;
import city.clearway.security.ApiKeyDtos.ApiKeyView;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper(uses = CityTime.class)
public interface ApiKeyMapper {

    ApiKeyView toView(ApiKey key);

    List<ApiKeyView> toViews(List<ApiKey> keys);
}
