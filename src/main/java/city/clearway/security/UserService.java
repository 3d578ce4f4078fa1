package city.clearway.security;

import city.clearway.audit.AuditData;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemException.FieldProblem;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.reference.DistrictRepository;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.security.UserDtos.UserCreate;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserService {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final UserAccountRepository users;
    private final DistrictRepository districts;
    private final ImpoundLotRepository lots;
    private final AuditLog audit;
    private final TimeSource time;

    UserService(UserAccountRepository users, DistrictRepository districts, ImpoundLotRepository lots, AuditLog audit, TimeSource time) {
        this.users = users;
        this.districts = districts;
        this.lots = lots;
        this.audit = audit;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list() {
        return users.allByUsername();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(String username) {
        return users.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("user", username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        return users.findByIdOptional(username);
    }

    @Transactional
    public UserAccount create(UserCreate request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.password().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            problems.add(new FieldProblem("password", "password-too-long", BCRYPT_MAX_BYTES));
        }
        if (request.roles().contains(Role.INSPECTOR) && request.districtCode() == null) {
            problems.add(new FieldProblem("districtCode", "inspector-needs-district"));
        }
        if (request.roles().contains(Role.CLERK) && request.lotCode() == null) {
            problems.add(new FieldProblem("lotCode", "clerk-needs-lot"));
        }
        if (request.districtCode() != null && districts.findByIdOptional(request.districtCode()).isEmpty()) {
            problems.add(new FieldProblem("districtCode", "unknown-district", request.districtCode()));
        }
        if (request.lotCode() != null && lots.findByIdOptional(request.lotCode()).isEmpty()) {
            problems.add(new FieldProblem("lotCode", "unknown-lot", request.lotCode()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (users.findByIdOptional(request.username()).isPresent()) {
            throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "user-exists", request.username());
        }
        UserAccount account = new UserAccount(request.username(), BcryptUtil.bcryptHash(request.password()), request.roles(),
                request.districtCode(), request.lotCode(), time.now());
        users.persist(account);
        audit.record("USER_CREATED", "USER", account.getUsername(), AuditData.of(
                "username", account.getUsername(), "roles", account.getRoles(),
                "districtCode", account.getDistrictCode(), "lotCode", account.getLotCode()));
        return account;
    }
}
