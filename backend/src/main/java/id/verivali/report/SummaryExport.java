package id.verivali.report;

import org.springframework.http.MediaType;

/** A report as a file to download. */
record SummaryExport(String filename, MediaType mediaType, byte[] content) {}
