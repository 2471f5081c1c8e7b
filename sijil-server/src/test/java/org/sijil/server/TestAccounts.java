package org.sijil.server;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.PasswordHasher;
import org.sijil.server.auth.SecretTokens;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.account.SqliteAccountStore;
import org.sijil.store.audit.SqliteAuditLog;

/** Users for server tests, written to the data directory before the server starts. */
final class TestAccounts {
  /** A cheap password cost, so that tests log in fast; the server's own is the recommended one. */
  static final PasswordHasher.Cost CHEAP = new PasswordHasher.Cost(64, 1, 1);

  static final TrustServices.Settings FAST =
      new TrustServices.Settings(CHEAP, LoginThrottle.Policy.STANDARD, Clock.systemUTC());

  /** Every test user's password. */
  static final String PASSWORD = "a test password";

  private TestAccounts() {}

  /** Adds a user with {@link #PASSWORD} and returns a new API token for them. */
  static String token(Path dir, String name, Role role) {
    return with(
        dir,
        accounts -> {
          if (accounts.user(name).isEmpty()) {
            accounts.add("test", name, role, PASSWORD.toCharArray());
          }
          return accounts.issueToken("test", name);
        });
  }

  /** Opens the accounts of the data directory (cheap password cost), runs {@code body}, closes. */
  static <T> T with(Path dir, java.util.function.Function<Accounts, T> body) {
    try (SqliteAccountStore store = SqliteAccountStore.open(StoreConfig.at(dir));
        SqliteAuditLog audit = SqliteAuditLog.open(StoreConfig.at(dir))) {
      return body.apply(
          new Accounts(
              store,
              audit,
              new PasswordHasher(CHEAP, new SecureRandom()),
              new SecretTokens(),
              new LoginThrottle(LoginThrottle.Policy.STANDARD, Clock.systemUTC()),
              Clock.systemUTC(),
              Accounts.DEFAULT_SESSION_LENGTH));
    }
  }
}
