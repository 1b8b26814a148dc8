-- Additional budget requests (בקשות לתקציב נוסף): money an activity of a work plan asks for beyond the budget book,
-- with its purpose and funding source, not counted against the book's ceilings. Finance decides each in its budget
-- review: approved into a new clause, partly approved, deferred to next year's budget, or refused. Like the budget
-- lines, a request belongs to a version of the plan and is copied into the next one.
create sequence work_plan_budget_request_seq start with 1 increment by 50;

create table work_plan_budget_request (
    id bigint not null,
    activity_id bigint not null references work_plan_activity (id),
    position integer,
    amount numeric(19,2) not null,
    purpose varchar(1000) not null,
    funding_kind varchar(20) not null check (funding_kind in ('MUNICIPAL','GOVERNMENT','PHILANTHROPY','BUSINESS')),
    funder varchar(200),
    status varchar(20) not null check (status in ('REQUESTED','APPROVED','PARTLY_APPROVED','DEFERRED','REFUSED')),
    approved_amount numeric(19,2),
    clause_code varchar(50),
    finance_note varchar(1000),
    decided_by varchar(100),
    decided_at timestamp(6) with time zone,
    primary key (id)
);
create index work_plan_budget_request_activity on work_plan_budget_request (activity_id);
