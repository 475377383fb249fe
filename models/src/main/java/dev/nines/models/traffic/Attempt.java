package dev.nines.models.traffic;

/**
 * One try of a request at one server. It is live while its client still waits for it; a timed-out
 * attempt stays at the server (which cannot know the client left) and is served for nothing.
 */
final class Attempt {

  static final long NONE = -1;

  final Request request;
  final int server;
  boolean live = true;
  long timeoutHandle = NONE;
  long completionHandle = NONE;
  /** The worker slot while in service, else -1. */
  int slot = -1;

  Attempt(Request request, int server) {
    this.request = request;
    this.server = server;
  }
}
