package org.sijil.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.server.auth.AccessPolicy;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.ConfidentialTerms;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.PasswordHasher;
import org.sijil.server.auth.Permission;
import org.sijil.server.auth.Redactor;
import org.sijil.server.auth.SecretTokens;
import org.sijil.server.core.EventJson;
import org.sijil.store.DocumentQuery;
import org.sijil.store.StoreConfig;
import org.sijil.store.StoredIncident;
import org.sijil.store.account.SqliteAccountStore;
import org.sijil.store.account.User;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.SqliteAuditLog;
import org.sijil.store.review.ItemKind;
import org.sijil.store.review.ItemRef;
import org.sijil.store.review.MachineItem;
import org.sijil.store.review.SqliteReviewStore;
import org.sijil.store.sensitivity.ConfidentialValue;
import org.sijil.store.sensitivity.SqliteSensitivityStore;

/**
 * Accounts, the audit log, review and confidentiality of one data directory, for the server. Keeps
 * the current confidential values (marks and the person names among events' victims), recomputed
 * when the number of documents or the marks change. Thread-safe.
 */
final class TrustServices implements AutoCloseable {
  /** How the server's accounts are set up; tests lower the password cost. */
  record Settings(PasswordHasher.Cost passwordCost, LoginThrottle.Policy throttle, Clock clock) {
    static final Settings STANDARD =
        new Settings(
            PasswordHasher.Cost.RECOMMENDED, LoginThrottle.Policy.STANDARD, Clock.systemUTC());

    Settings {
      Objects.requireNonNull(passwordCost, "passwordCost");
      Objects.requireNonNull(throttle, "throttle");
      Objects.requireNonNull(clock, "clock");
    }
  }

  private record Terms(String key, Redactor redactor) {}

  private final ServerRecord record;
  private final SqliteAccountStore accountStore;
  private final SqliteAuditLog audit;
  private final SqliteReviewStore review;
  private final SqliteSensitivityStore sensitivity;
  private final Accounts accounts;
  private final AccessPolicy policy = AccessPolicy.standard();
  private final EventJson eventJson = new EventJson();
  private volatile Terms terms = new Terms("", Redactor.none());

  private TrustServices(
      ServerRecord record,
      SqliteAccountStore accountStore,
      SqliteAuditLog audit,
      SqliteReviewStore review,
      SqliteSensitivityStore sensitivity,
      Settings settings) {
    this.record = record;
    this.accountStore = accountStore;
    this.audit = audit;
    this.review = review;
    this.sensitivity = sensitivity;
    this.accounts =
        new Accounts(
            accountStore,
            audit,
            new PasswordHasher(settings.passwordCost(), new java.security.SecureRandom()),
            new SecretTokens(),
            new LoginThrottle(settings.throttle(), settings.clock()),
            settings.clock(),
            Accounts.DEFAULT_SESSION_LENGTH);
  }

  static TrustServices open(Path dataDir, ServerRecord record, Settings settings) {
    StoreConfig config = StoreConfig.at(dataDir).withClock(settings.clock());
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      SqliteAccountStore accounts = SqliteAccountStore.open(config);
      opened.add(accounts);
      SqliteAuditLog audit = SqliteAuditLog.open(config);
      opened.add(audit);
      SqliteReviewStore review = SqliteReviewStore.open(config);
      opened.add(review);
      SqliteSensitivityStore sensitivity = SqliteSensitivityStore.open(config);
      return new TrustServices(record, accounts, audit, review, sensitivity, settings);
    } catch (RuntimeException e) {
      for (AutoCloseable c : opened) {
        try {
          c.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  Accounts accounts() {
    return accounts;
  }

  SqliteAuditLog auditLog() {
    return audit;
  }

  SqliteReviewStore review() {
    return review;
  }

  SqliteSensitivityStore sensitivity() {
    return sensitivity;
  }

  AccessPolicy policy() {
    return policy;
  }

  /** The caller a user is: their role's permissions, and a redactor unless they are cleared. */
  Caller callerFor(User user, String csrfToken) {
    boolean cleared = policy.cleared(user);
    // noneOf + addAll: EnumSet.copyOf refuses an empty plain set
    Set<Permission> permissions = java.util.EnumSet.noneOf(Permission.class);
    permissions.addAll(policy.permissions(user.role()));
    if (cleared) {
      permissions.add(Permission.READ_CONFIDENTIAL);
    } else {
      permissions.remove(Permission.READ_CONFIDENTIAL);
    }
    Redactor r = cleared ? Redactor.none() : redactor();
    return new Caller(user.name(), user.role(), permissions, r, csrfToken);
  }

  /** Appends an audit entry for what a caller did. */
  void audit(Caller caller, AuditAction action, String subject, String detail) {
    audit.append(caller.name(), action, subject, detail);
  }

  /** The redactor of the current confidential values. */
  Redactor redactor() {
    String key = key();
    Terms t = terms;
    if (!t.key().equals(key)) {
      synchronized (this) {
        t = terms;
        if (!t.key().equals(key)) {
          t = new Terms(key, Redactor.of(ConfidentialTerms.of(sensitivity.values(), allEvents())));
          terms = t;
        }
      }
    }
    return t.redactor();
  }

  private String key() {
    StringBuilder b = new StringBuilder().append(record.store().count()).append(':');
    for (ConfidentialValue v : sensitivity.values()) {
      b.append(v.id()).append(',');
    }
    return b.toString();
  }

  private List<Event> allEvents() {
    List<Event> out = new ArrayList<>();
    record.store().forEach(DocumentQuery.all(), doc -> out.addAll(record.events(doc)));
    return out;
  }

  /**
   * Stores what the machine says about every event and incident for review. Replaces machine values
   * only: reviewed values stand.
   */
  void refreshMachineItems() {
    List<MachineItem> items = new ArrayList<>();
    Map<EventKey, Double> confidence = new HashMap<>();
    record
        .store()
        .forEach(
            DocumentQuery.all(),
            doc -> {
              List<Event> events = record.events(doc);
              for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                EventKey key = new EventKey(doc.id().hex(), i);
                confidence.put(key, e.confidence());
                items.add(
                    new MachineItem(
                        new ItemRef(ItemKind.EVENT, key.toString()),
                        eventJson.toJson(e, doc.text()).toString(),
                        e.confidence(),
                        e.date() == null ? null : e.date().start()));
              }
            });
    for (StoredIncident i : record.store().incidents()) {
      // an incident is as sure as its least sure member
      double c =
          i.events().stream().mapToDouble(k -> confidence.getOrDefault(k, 1.0)).min().orElse(1.0);
      JsonNode json = record.json(i);
      String start = json.path("start").asText(null);
      items.add(
          new MachineItem(
              new ItemRef(ItemKind.INCIDENT, i.id()),
              i.json(),
              c,
              start == null ? null : LocalDate.parse(start)));
    }
    review.putMachine(items);
  }

  @Override
  public void close() {
    try {
      accountStore.close();
      audit.close();
      review.close();
    } finally {
      sensitivity.close();
    }
  }
}
