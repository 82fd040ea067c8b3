-- Each official's e-mail address, and which mails they chose: a reminder as a stage's due date nears, an escalation
-- when work below them is overdue. Both are on by default; without an address nothing is sent.

alter table app_user add column email varchar(254);
alter table app_user add column mail_reminders boolean default true not null;
alter table app_user add column mail_escalations boolean default true not null;
