-- The sequence flows each process instance took, in the order it took them. Camunda's history keeps the activities
-- an instance ran but not the flows between them, so an auditor could not tell which way a gateway went, nor replay
-- a returned change's loop. Written in the engine's transaction, one JDBC batch per transaction.
-- seq numbers every flow taken, in order: an instance moves in one transaction at a time, so its own flows' seq
-- ascend in the order it took them.
create table taken_flow (
    seq                 bigint       not null auto_increment,
    process_instance_id varchar(64)  not null,
    flow_id             varchar(255) not null,
    source_activity_id  varchar(255) not null,
    target_activity_id  varchar(255) not null,
    taken_at            timestamp    not null,
    constraint pk_taken_flow primary key (seq)
) ${table_options};
-- An instance's flows in order: the diagram and the timeline read them by instance.
create index ix_taken_flow_instance on taken_flow (process_instance_id, seq);
