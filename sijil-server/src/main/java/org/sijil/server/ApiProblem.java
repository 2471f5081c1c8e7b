package org.sijil.server;

/**
 * A request the API answers with an RFC 9457 problem: the status, a short title and a detail that
 * names the input and what is wrong with it. Thrown by handlers; {@link ProblemMapper} writes it.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String parameter;
  private final long retryAfterSeconds;

  private ApiProblem(int status, String title, String detail, String parameter) {
    this(status, title, detail, parameter, 0);
  }

  private ApiProblem(
      int status, String title, String detail, String parameter, long retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 401: the route needs a logged-in caller (session cookie or Bearer token). */
  static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "Unauthorized", detail, null);
  }

  /** 403: the caller may not do this. */
  static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "Forbidden", detail, null);
  }

  /** 429: too many failed logins; the response carries Retry-After. */
  static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
    return new ApiProblem(429, "Too many requests", detail, null, retryAfterSeconds);
  }

  /** 400: the request body is not what the route takes. */
  static ApiProblem badBody(String expected, String found) {
    return new ApiProblem(
        400, "Bad request body", "expected " + expected + ", found " + found, null);
  }

  /** Seconds to wait before trying again, or 0. */
  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 400: a query or path parameter has a value the route cannot use. */
  static ApiProblem badParameter(String parameter, String expected, String found) {
    return new ApiProblem(
        400,
        "Bad parameter",
        "parameter '" + parameter + "': expected " + expected + ", found " + found,
        parameter);
  }

  /** 404: the thing the path names does not exist. */
  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, null);
  }

  /** 413: the request carries more than the API accepts. */
  static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "Content too large", detail, null);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  /** The parameter at fault, or null. */
  String parameter() {
    return parameter;
  }
}
