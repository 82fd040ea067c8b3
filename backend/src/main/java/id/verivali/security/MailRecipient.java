package id.verivali.security;

/** An official to mail, by the address on their account. */
public record MailRecipient(String username, String fullName, String email) {}
