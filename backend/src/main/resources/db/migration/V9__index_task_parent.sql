-- Completing any task runs SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ? (the subtasks to end with it).
-- Camunda 7.24 indexes that column on SQL Server only (camunda/camunda#36824), so on H2 and MySQL every completion
-- scans all open tasks. Named as Camunda names it on SQL Server: an engine upgrade that adds it must leave it out.
-- docs/benchmark.md has the before and after.
create index ACT_IDX_TASK_PARENT_TASK_ID on ACT_RU_TASK (PARENT_TASK_ID_);
