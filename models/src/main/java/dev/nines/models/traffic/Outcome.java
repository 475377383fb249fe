package dev.nines.models.traffic;

/** How an attempt, and so a request, ended. */
enum Outcome {
  /** Served within its timeout. */
  SUCCESS,
  /** Turned away: every worker busy and the queue full. */
  DROPPED,
  /** Not answered within the timeout (also when sent to a dead server that never answers). */
  TIMED_OUT,
  /**
   * Lost: in service or waiting at a server that failed, sent to a server that was down (with no
   * timeout to wait for), or no server to send to.
   */
  LOST
}
