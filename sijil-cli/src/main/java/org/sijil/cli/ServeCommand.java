package org.sijil.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sijil.server.SijilServer;
import org.sijil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil serve}: the web UI and JSON API over a data directory, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web UI (map, timeline, incidents, documents) and the JSON API (/api/v1, OpenAPI"
          + " at /openapi) over the data directory, until Ctrl-C.",
      "Listens on 127.0.0.1 only, unless --host names another interface."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "H",
      defaultValue = "127.0.0.1",
      description =
          "Interface to listen on (default: ${DEFAULT-VALUE}). Any other address exposes the"
              + " record, unauthenticated, to the network.")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = parent.global.db();
    if (!Files.exists(StoreConfig.at(dir).databaseFile())) {
      throw new CommandException(
          ExitCode.STORE_ERROR,
          "expected a Sijil store in "
              + dir
              + ", found none: ingest reports first (sijil ingest, or sijil demo and --db"
              + " sijil-demo)");
    }
    SijilServer server;
    try {
      server = SijilServer.builder().dataDir(dir).host(host).port(port).build();
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    if (!isLoopback(host)) {
      // --host is the only way to get here: the user asked for it, so warn and go on.
      err.println(
          "serve: warning: listening on "
              + host
              + ", reachable from other machines over plain http: put TLS in front of it");
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new CommandException(
          ExitCode.STORE_ERROR,
          "cannot serve " + dir + " on " + host + ":" + port + ": " + e.getMessage(),
          e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "sijil-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    server
        .takeFirstAdmin()
        .ifPresent(
            admin ->
                out.println(
                    "serve: no users yet, so an admin was created: name "
                        + admin.user().name()
                        + ", one-time password (shown only now) "
                        + admin.oneTimePassword()));
    out.println("serve: " + dir.toAbsolutePath() + " at " + server.url() + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return ExitCode.OK;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
