package city.clearway.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, String> {

    public List<UserAccount> allByUsername() {
        return listAll(Sort.by("username"));
    }

    Optional<UserAccount> lock(String username) {
        return findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE);
    }
}
