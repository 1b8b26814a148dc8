-- Plan amendments (תיקון תכנית עבודה): an approved plan changes during the year by decision. An amendment is the next
-- version of the plan, opened from the approved one with its reason, reviewed on a path sized to it
-- (processes/amendment-review.dmn) and approved in its turn; the version before it stays as it was approved.
-- amendment: 0 for the plan as first approved (and its drafts), 1 for the first amendment and its drafts, and so on.
alter table work_plan_version add column amendment integer default 0 not null;
alter table work_plan_version add column amendment_reason varchar(2000);
