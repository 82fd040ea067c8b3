-- The engine keeps its history at Verivali's own level, audit-trail (id 30: FULL without the rows no one reads, see
-- workflow/AuditTrailHistoryLevel), and refuses to start on a database that records another. A database the engine
-- started on before records FULL (3); a new one records nothing yet and gets 30 at the engine's first start.
update ACT_GE_PROPERTY set VALUE_ = '30' where NAME_ = 'historyLevel' and VALUE_ = '3';
