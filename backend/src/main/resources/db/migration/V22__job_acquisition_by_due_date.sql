-- The job executor acquires due jobs by due date (application.yaml: ensureJobDueDateNotNull, jobExecutorAcquireByDueDate),
-- so its query reads this index's range of jobs due by now rather than every job, the stages' timers due in weeks
-- included. Jobs made before every job had a due date get their creation time: the acquisition no longer looks for
-- jobs without one.
update ACT_RU_JOB set DUEDATE_ = CREATE_TIME_ where DUEDATE_ is null;
create index ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);
