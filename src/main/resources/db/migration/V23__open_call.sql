-- The open call (קול קורא): the strategy unit records, for the design committee or a working team, the role and the
-- requirements the committee set and the day the call closes; residents apply on the public site. An application
-- arrives RECEIVED, as a task for the strategy unit, which takes it onto the candidates' list (APPLIED) or declines
-- it (DECLINED). A candidate names the call answered and the committee (none: the design committee, as before).
create sequence open_call_seq start with 1 increment by 50;

create table open_call (
    id bigint not null,
    cycle_year integer not null,
    committee_id varchar(100) not null,
    role varchar(200) not null,
    requirements varchar(2000) not null,
    closes_on date not null,
    opened_by varchar(100) not null,
    opened_at timestamp(6) with time zone not null,
    closed_by varchar(100),
    closed_at timestamp(6) with time zone,
    lock bigint not null,
    primary key (id)
);
create index open_call_year on open_call (cycle_year);

alter table design_applicant add column call_id bigint references open_call (id);
alter table design_applicant add column committee_id varchar(100);

-- the status column is replaced, its check with it (the check's name is each database's own)
alter table design_applicant add column applicant_status varchar(20);
update design_applicant set applicant_status = status;
alter table design_applicant drop column status;
alter table design_applicant rename column applicant_status to status;
alter table design_applicant alter column status set not null;
alter table design_applicant add constraint design_applicant_status
    check (status in ('RECEIVED','APPLIED','DECLINED','PROPOSED','SELECTED','NOT_SELECTED'));
