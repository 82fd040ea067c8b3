/**
 * Uploaded documents (a deliberation's signed minutes): PDF, JPEG or PNG by their content, at most 10 MB, stored with
 * their SHA-256 so that a printed hash proves which file was signed.
 */
package id.verivali.document;
