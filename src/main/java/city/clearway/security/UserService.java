package city.clearway.security;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException.FieldProblem;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.security.UserDtos.UserCreate;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in accounts: created, disabled and given temporary passwords by an administrator, and their own password
 * changed by their holder. A disabled account or a new password ends the account's office sessions at once.
 */
@ApplicationScoped
public class UserService {

    private final UserAccountRepository users;
    private final Workplaces workplaces;
    private final OfficeSessions sessions;
    private final PasswordSignIn signIn;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    UserService(UserAccountRepository users, Workplaces workplaces, OfficeSessions sessions, PasswordSignIn signIn, AuditLog audit,
                TimeSource time, Caller caller) {
        this.users = users;
        this.workplaces = workplaces;
        this.sessions = sessions;
        this.signIn = signIn;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list() {
        caller.require(Permission.MANAGE_ACCOUNTS);
        return users.allByUsername();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(String username) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        return find(username);
    }

    @Transactional
    public UserAccount create(UserCreate request) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        List<FieldProblem> problems = new ArrayList<>();
        PasswordPolicy.problems(request.username(), request.password())
                .forEach(problem -> problems.add(new FieldProblem("password", problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES)));
        if (request.roles().contains(Role.INSPECTOR) && request.districtCode() == null) {
            problems.add(new FieldProblem("districtCode", "inspector-needs-district"));
        }
        if (request.roles().contains(Role.CLERK) && request.lotCode() == null) {
            problems.add(new FieldProblem("lotCode", "clerk-needs-lot"));
        }
        if (request.districtCode() != null && !workplaces.districtExists(request.districtCode())) {
            problems.add(new FieldProblem("districtCode", "unknown-district", request.districtCode()));
        }
        if (request.lotCode() != null && !workplaces.lotExists(request.lotCode())) {
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
        audit.record(caller.username(), AuditAction.USER_CREATED, AuditEntity.USER, account.getUsername(), AuditData.of(
                "username", account.getUsername(), "roles", account.getRoles(),
                "districtCode", account.getDistrictCode(), "lotCode", account.getLotCode()));
        return account;
    }

    /** The account can no longer sign in; its sessions end now. An administrator cannot lock themselves out. */
    @Transactional
    public UserAccount disable(String username) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        UserAccount account = lock(username);
        if (account.getUsername().equals(caller.username())) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "disable-yourself");
        }
        if (!account.isDisabled()) {
            account.disable(time.now());
            sessions.endAllOf(username);
            audit.record(caller.username(), AuditAction.USER_DISABLED, AuditEntity.USER, username, AuditData.of("username", username));
        }
        signIn.forget(username);
        return account;
    }

    @Transactional
    public UserAccount enable(String username) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        UserAccount account = lock(username);
        if (account.isDisabled()) {
            account.enable();
            audit.record(caller.username(), AuditAction.USER_ENABLED, AuditEntity.USER, username, AuditData.of("username", username));
        }
        signIn.forget(username);
        return account;
    }

    /** A temporary password from an administrator: its holder must choose their own before doing anything else. */
    @Transactional
    public UserAccount resetPassword(String username, String temporaryPassword) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        UserAccount account = lock(username);
        requireAcceptable(username, temporaryPassword, "password");
        account.resetPassword(BcryptUtil.bcryptHash(temporaryPassword));
        sessions.endAllOf(username);
        audit.record(caller.username(), AuditAction.PASSWORD_RESET, AuditEntity.USER, username, AuditData.of("username", username));
        signIn.forget(username);
        return account;
    }

    /** The signed-in holder chooses a new password, proving they know the current one. */
    @Transactional
    public UserAccount changeOwnPassword(String currentPassword, String newPassword, String clientAddress) {
        if (!signIn.checksPasswords()) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "password-at-provider");
        }
        String username = caller.username();
        try {
            signIn.verify(username, currentPassword, clientAddress);
        } catch (AuthenticationFailedException e) {
            throw ProblemException.invalid("currentPassword", "wrong-password");
        }
        requireAcceptable(username, newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw ProblemException.invalid("newPassword", "password-unchanged");
        }
        UserAccount account = lock(username);
        account.changePassword(BcryptUtil.bcryptHash(newPassword));
        audit.record(caller.username(), AuditAction.PASSWORD_CHANGED, AuditEntity.USER, username, AuditData.of("username", username));
        signIn.forget(username);
        return account;
    }

    private void requireAcceptable(String username, String password, String field) {
        List<String> problems = PasswordPolicy.problems(username, password);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream()
                    .map(problem -> new FieldProblem(field, problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES))
                    .toList());
        }
    }

    private UserAccount find(String username) {
        return users.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("user", username));
    }

    private UserAccount lock(String username) {
        return users.lock(username).orElseThrow(() -> ProblemException.notFound("user", username));
    }
}
