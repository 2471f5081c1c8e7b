package org.sijil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.PasswordHasher;
import org.sijil.server.auth.SecretTokens;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Clearance;
import org.sijil.store.account.Role;
import org.sijil.store.account.SqliteAccountStore;
import org.sijil.store.account.User;
import org.sijil.store.audit.SqliteAuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil user}: accounts of the web server (docs/security.md). */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "Manage the accounts of the web server: roles admin, analyst and viewer (docs/security.md).",
      "Every change is written to the audit log."
    },
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Disable.class,
      UserCommand.SetRole.class,
      UserCommand.SetClearance.class,
      UserCommand.Password.class,
      UserCommand.Token.class,
      UserCommand.ListUsers.class
    })
final class UserCommand implements Runnable {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Opens the accounts of the data directory, runs {@code body}, and closes them. */
  <T> T withAccounts(java.util.function.Function<Accounts, T> body) {
    Path dir = parent.global.db();
    try (SqliteAccountStore store = SqliteAccountStore.open(StoreConfig.at(dir));
        SqliteAuditLog audit = SqliteAuditLog.open(StoreConfig.at(dir))) {
      Accounts accounts =
          new Accounts(
              store,
              audit,
              new PasswordHasher(),
              new SecretTokens(),
              new LoginThrottle(LoginThrottle.Policy.STANDARD, Clock.systemUTC()),
              Clock.systemUTC(),
              Accounts.DEFAULT_SESSION_LENGTH);
      return body.apply(accounts);
    } catch (NoSuchElementException e) {
      throw new CommandException(ExitCode.SOME_INPUTS_FAILED, e.getMessage(), e);
    } catch (org.sijil.store.StoreException e) {
      throw new CommandException(
          ExitCode.STORE_ERROR, "cannot use the accounts in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Prints what was done, then the generated one-time password, if any: the only time it shows. */
  static void printWithPassword(CommandSpec spec, String done, Accounts.NewUser user) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(done);
    if (user.oneTimePassword() != null) {
      out.println("one-time password (shown only now): " + user.oneTimePassword());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a user. Prints a one-time password once, or reads the password from the first line"
            + " of standard input with --password-stdin (at least 8 characters)."
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Login name: letters, digits, '.', '_', '-'.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "admin, analyst or viewer.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      Role r = Role.fromId(role);
      char[] password = passwordStdin ? readPassword() : null;
      try {
        Accounts.NewUser added =
            user.withAccounts(a -> a.add(CommandAudit.actor(), name, r, password));
        printWithPassword(spec, "user: added " + name + " (" + r.id() + ")", added);
      } finally {
        if (password != null) {
          Arrays.fill(password, '\0');
        }
      }
      return ExitCode.OK;
    }

    static char[] readPassword() throws IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException(
            "expected a password on the first line of standard input, found none");
      }
      return line.toCharArray();
    }
  }

  @Command(
      name = "password",
      mixinStandardHelpOptions = true,
      description = {
        "Reset a user's password: prints a one-time password once, or reads the new password from"
            + " the first line of standard input with --password-stdin (at least 8 characters).",
        "The user's sessions end; their API token keeps working (issue a new one with 'user"
            + " token'). Users change their own password in the web app or with PUT"
            + " /api/v1/session/password."
      })
  static final class Password implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      char[] password = passwordStdin ? Add.readPassword() : null;
      try {
        Accounts.NewUser reset =
            user.withAccounts(a -> a.resetPassword(CommandAudit.actor(), name, password));
        printWithPassword(
            spec, "user: password of " + name + " reset; their sessions ended", reset);
      } finally {
        if (password != null) {
          Arrays.fill(password, '\0');
        }
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disable a user: their sessions end and their API token stops working.")
  static final class Disable implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      user.withAccounts(a -> a.disable(CommandAudit.actor(), name));
      spec.commandLine().getOut().println("user: disabled " + name);
      return ExitCode.OK;
    }
  }

  @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
  static final class SetRole implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst or viewer.")
    String role;

    @Override
    public Integer call() {
      Role r = Role.fromId(role);
      user.withAccounts(a -> a.setRole(CommandAudit.actor(), name, r));
      spec.commandLine().getOut().println("user: " + name + " is now " + r.id());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "clearance",
      mixinStandardHelpOptions = true,
      description = {
        "Set whether a user sees confidential values, as an exception to their role: 'granted'"
            + " (e.g. one viewer preparing a case), 'withheld' (e.g. a new analyst) or 'role' (as"
            + " the role says: admins and analysts yes, viewers no). Takes effect on their next"
            + " request."
      })
  static final class SetClearance implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "CLEARANCE", description = "role, granted or withheld.")
    String clearance;

    @Override
    public Integer call() {
      Clearance c = Clearance.fromId(clearance);
      user.withAccounts(a -> a.setClearance(CommandAudit.actor(), name, c));
      spec.commandLine().getOut().println("user: clearance of " + name + " is now " + c.id());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description =
          "Issue a new API token for a user (sent as 'Authorization: Bearer TOKEN'); prints it"
              + " once. The user's previous token stops working.")
  static final class Token implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      String token = user.withAccounts(a -> a.issueToken(CommandAudit.actor(), name));
      spec.commandLine().getOut().println("API token for " + name + " (shown only now): " + token);
      return ExitCode.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      java.util.List<User> users = user.withAccounts(Accounts::users);
      out.printf(
          Locale.ROOT,
          "%-24s %-8s %-9s %-9s %-6s %s%n",
          "NAME",
          "ROLE",
          "CLEARANCE",
          "STATUS",
          "TOKEN",
          "CREATED");
      for (User u : users) {
        out.printf(
            Locale.ROOT,
            "%-24s %-8s %-9s %-9s %-6s %s%n",
            u.name(),
            u.role().id(),
            u.clearance().id(),
            u.disabled() ? "disabled" : "active",
            u.tokenHash() == null ? "no" : "yes",
            u.created());
      }
      return ExitCode.OK;
    }
  }
}
