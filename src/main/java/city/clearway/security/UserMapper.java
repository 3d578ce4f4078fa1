package city.clearway.security;

import city.clearway.security.UserDtos.UserView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface UserMapper {

    @Mapping(target = "roles", expression = "java(List.copyOf(account.roleSet()))")
    UserView toView(UserAccount account);

    List<UserView> toViews(List<UserAccount> accounts);
}
