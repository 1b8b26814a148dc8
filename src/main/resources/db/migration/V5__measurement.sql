-- Phase 4: each department's measurement report of a round (semi-annual, annual), one row per version
-- (a correction never overwrites the report before it): the actual value of each indicator it owns in
-- the approved goal tree, the status of each activity of its approved work plan, and the actual spending
-- of each budget line. What the report was measured against is copied, so a later plan does not change it.
create sequence measurement_report_seq start with 1 increment by 50;
create sequence measurement_indicator_value_seq start with 1 increment by 50;
create sequence measurement_activity_status_seq start with 1 increment by 50;
create sequence measurement_spending_seq start with 1 increment by 50;

create table measurement_report (
    id bigint not null,
    cycle_year integer not null,
    department_id varchar(100) not null,
    round varchar(20) not null check (round in ('SEMI_ANNUAL','ANNUAL')),
    number integer not null,
    status varchar(20) not null check (status in ('DRAFT','SUBMITTED','RETURNED','ACCEPTED')),
    created_at timestamp(6) with time zone not null,
    created_by varchar(100) not null,
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(100),
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(100),
    review_comments varchar(4000),
    lock bigint not null,
    primary key (id),
    unique (cycle_year, department_id, round, number)
);
create index measurement_report_department on measurement_report (department_id, cycle_year);

create table measurement_indicator_value (
    id bigint not null,
    report_id bigint not null,
    position integer,
    indicator varchar(500) not null,
    target_id bigint not null,
    unit varchar(100),
    actual numeric(19,4),
    note varchar(2000),
    primary key (id),
    foreign key (report_id) references measurement_report (id)
);
create index measurement_indicator_value_report on measurement_indicator_value (report_id);

create table measurement_activity_status (
    id bigint not null,
    report_id bigint not null,
    position integer,
    activity_id bigint not null,
    title varchar(500) not null,
    end_date date,
    status varchar(20) not null check (status in ('DONE','IN_PROGRESS','DELAYED','CANCELLED')),
    reason varchar(2000),
    primary key (id),
    foreign key (report_id) references measurement_report (id)
);
create index measurement_activity_status_report on measurement_activity_status (report_id);

create table measurement_spending (
    id bigint not null,
    report_id bigint not null,
    position integer,
    line_id bigint not null,
    activity_id bigint not null,
    clause_code varchar(50) not null,
    clause_name varchar(300) not null,
    planned numeric(19,2) not null,
    actual numeric(19,2) not null,
    primary key (id),
    foreign key (report_id) references measurement_report (id)
);
create index measurement_spending_report on measurement_spending (report_id);
