package id.verivali.common.web;

/** One rejected input: the field (or query parameter) and what is wrong with it, in the caller's language. */
public record FieldProblem(String field, String message) {}
