-- When a change entered its current stage: residents checking their status (resident module) are told since when
-- their household's change has waited where it is. Changes in flight take their open stage task's creation, or else
-- their proposal's time.
alter table change_request add column stage_entered_at timestamp null;

update change_request set stage_entered_at = coalesce(
    (select max(w.created_at) from work_item w
     where w.change_request_id = change_request.id and w.follow_up = false and w.stage = change_request.stage),
    proposed_at);
