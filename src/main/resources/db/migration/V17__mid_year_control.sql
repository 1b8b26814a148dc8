-- Mid-year control (בקרת אמצע שנה): when the semi-annual round is validated, rules (processes/mid-year-control.dmn)
-- flag what needs attention: red and amber targets, delayed or cancelled activities, budget execution far from plan.
-- Each deviation's department gives its cause and a corrective action with a date; the strategy unit compiles the
-- control report for the steering committee. The annual round shows whether each corrective action worked.
create sequence control_deviation_seq start with 1 increment by 50;

create table control_deviation (
    id bigint not null,
    cycle_year integer not null,
    department_id varchar(100) not null,
    subject varchar(20) not null check (subject in ('TARGET','ACTIVITY')),
    subject_id bigint not null,
    code varchar(40) not null,
    reason varchar(300) not null,
    title varchar(1000) not null,
    detail varchar(4000),
    cause varchar(4000),
    corrective_action varchar(4000),
    action_due date,
    explained_by varchar(100),
    explained_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index control_deviation_year on control_deviation (cycle_year, department_id);

create table control_year (
    cycle_year integer not null,
    flagged_at timestamp(6) with time zone not null,
    conclusions varchar(4000),
    compiled_by varchar(100),
    compiled_at timestamp(6) with time zone,
    lock bigint not null,
    primary key (cycle_year)
);
