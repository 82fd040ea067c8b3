/**
 * E-mail to officials about the work waiting for them: a reminder to the officials who can do a stage's task as its
 * due date nears, and an escalation to those of the level above when the task is overdue and its follow-up is theirs.
 * Each official chooses which of these they get (security's notification settings); nothing is sent without an SMTP
 * server ({@code spring.mail.host}), and nothing before the engine's transaction commits.
 */
package id.verivali.notification;
