-- An event's details outgrow 2,000 characters: a change applied to a large household keeps the record before and
-- after, and a deliberation lists up to 200 attendees and 1,000 decided changes. MEDIUMTEXT holds 16 MB on MySQL;
-- H2 reads it as a character string of up to 10^9 characters. The column keeps its values, so every hash still holds.
alter table audit_event ${modify_column} details mediumtext;
