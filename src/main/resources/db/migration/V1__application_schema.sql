-- The application's tables, as the entities of the first release describe them (the engine keeps its
-- own ACT_* tables). Portable SQL: the same file runs on H2 and PostgreSQL. Enumerations are text with
-- a check, so that a new value is one migration on every database.

create sequence channel_picture_seq start with 1 increment by 50;

create sequence city_data_seq start with 1 increment by 50;

create sequence committee_vote_seq start with 1 increment by 50;

create sequence deadline_change_seq start with 1 increment by 50;

create sequence deadline_rule_seq start with 1 increment by 50;

create sequence department_assessment_seq start with 1 increment by 50;

create sequence goal_tree_line_seq start with 1 increment by 50;

create sequence goal_tree_version_seq start with 1 increment by 50;

create sequence late_reason_seq start with 1 increment by 50;

create sequence notification_seq start with 1 increment by 50;

create sequence planning_input_seq start with 1 increment by 50;

create sequence steering_decision_seq start with 1 increment by 50;

create table channel_picture (
    cycle_year integer not null,
    id bigint not null,
    submitted_at timestamp(6) with time zone not null,
    submitted_by varchar(100) not null,
    team_id varchar(100) not null,
    picture varchar(4000),
    primary key (id)
);

create table city_data (
    cycle_year integer not null,
    population integer,
    resident_satisfaction numeric(5,2),
    survey_respondents integer,
    survey_year integer,
    yearbook_year integer,
    id bigint not null,
    submitted_at timestamp(6) with time zone not null,
    submitted_by varchar(100) not null,
    findings varchar(4000),
    primary key (id)
);

create table committee_vote (
    cycle_year integer not null,
    round integer not null,
    subject_version integer not null,
    cast_at timestamp(6) with time zone not null,
    id bigint not null,
    choice varchar(20) not null check (choice in ('FOR','AGAINST','ABSTAIN')),
    committee_id varchar(100) not null,
    member_id varchar(100) not null,
    comment varchar(2000),
    primary key (id),
    unique (committee_id, cycle_year, subject_version, round, member_id)
);

create table deadline_change (
    changed_at timestamp(6) with time zone not null,
    id bigint not null,
    new_due timestamp(6) with time zone,
    previous_due timestamp(6) with time zone,
    kind varchar(20) not null check (kind in ('EXTEND','REASSIGN','DELEGATE','ACKNOWLEDGE')),
    task_id varchar(64) not null,
    changed_by varchar(100) not null,
    new_assignee varchar(100),
    reason varchar(2000) not null,
    primary key (id)
);

create table deadline_rule (
    cycle_year integer not null,
    due integer not null,
    escalate_after integer not null,
    escalate_to_ceo_after integer not null,
    reminder_before integer not null,
    changed_at timestamp(6) with time zone,
    id bigint not null,
    changed_by varchar(100),
    task_key varchar(100) not null,
    primary key (id),
    unique (cycle_year, task_key)
);

create table department_assessment (
    cycle_year integer not null,
    nothing_to_report boolean not null,
    revision integer not null,
    id bigint not null,
    reviewed_at timestamp(6) with time zone,
    submitted_at timestamp(6) with time zone not null,
    review varchar(20) not null check (review in ('SUBMITTED','RETURNED','ACCEPTED')),
    department_id varchar(100) not null,
    reviewed_by varchar(100),
    submitted_by varchar(100) not null,
    achievements varchar(4000),
    challenges varchar(4000),
    gaps varchar(4000),
    review_note varchar(4000),
    state varchar(4000),
    primary key (id),
    unique (cycle_year, department_id, revision)
);

create table digest_preference (
    daily boolean not null,
    person_id varchar(100) not null,
    primary key (person_id)
);

create table goal_tree_line (
    baseline_value numeric(19,4),
    baseline_year integer,
    position integer,
    target_value numeric(19,4),
    target_year integer,
    id bigint not null,
    version_id bigint not null,
    direction varchar(30) check (direction in ('HIGHER_IS_BETTER','LOWER_IS_BETTER')),
    domain_id varchar(100) not null,
    owner_department_id varchar(100),
    unit varchar(100),
    data_source varchar(300),
    goal varchar(1000) not null,
    indicator varchar(1000),
    target varchar(1000),
    primary key (id)
);

create table goal_tree_version (
    cycle_year integer not null,
    number integer not null,
    approved_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    id bigint not null,
    lock bigint not null,
    status varchar(20) not null check (status in ('DRAFT','SUPERSEDED','APPROVED')),
    approved_by varchar(100),
    created_by varchar(100) not null,
    source varchar(300) not null,
    primary key (id),
    unique (cycle_year, number)
);

create table late_reason (
    id bigint not null,
    stated_at timestamp(6) with time zone not null,
    task_id varchar(64) not null,
    stated_by varchar(100) not null,
    reason varchar(2000) not null,
    primary key (id)
);

create table notification (
    created_at timestamp(6) with time zone not null,
    id bigint not null,
    lock bigint not null,
    mailed_at timestamp(6) with time zone,
    kind varchar(20) not null check (kind in ('REMINDER','ESCALATION','CEO_ESCALATION','DIGEST')),
    task_id varchar(64),
    recipient varchar(100) not null,
    email varchar(200),
    dedup_key varchar(300) not null unique,
    subject varchar(300) not null,
    body varchar(4000) not null,
    primary key (id)
);

create table planning_cycle (
    planning_year integer not null unique,
    id bigint generated by default as identity,
    started_at timestamp(6) with time zone not null,
    version bigint not null,
    business_key varchar(255) not null unique,
    phase varchar(255) not null check (phase in ('SITUATION_ASSESSMENT','GOAL_PLANNING','WORK_PLANS','MEASUREMENT','REVIEW','COMPLETED')),
    process_instance_id varchar(255) unique,
    started_by varchar(255) not null,
    primary key (id)
);

create table planning_input (
    cycle_year integer not null,
    id bigint not null,
    submitted_at timestamp(6) with time zone not null,
    kind varchar(30) not null check (kind in ('MANAGEMENT_EMPHASES','CHANNEL_RECOMMENDATION')),
    submitted_by varchar(100) not null,
    team_id varchar(100),
    text varchar(4000) not null,
    primary key (id)
);

create table rubric_score (
    position integer not null,
    score integer,
    channel_picture_id bigint not null,
    arena varchar(30) not null check (arena in ('AUTHORITY','PARENTS','FRAMEWORKS','PROFESSIONALS')),
    comment varchar(1000),
    primary key (position, channel_picture_id)
);

create table steering_decision (
    approved boolean not null,
    cycle_year integer not null,
    subject_version integer not null,
    decided_at timestamp(6) with time zone not null,
    id bigint not null,
    decided_by varchar(100) not null,
    comments varchar(4000),
    primary key (id)
);

alter table goal_tree_line add constraint fk_goal_tree_line_version foreign key (version_id) references goal_tree_version (id);

alter table rubric_score add constraint fk_rubric_score_channel_picture foreign key (channel_picture_id) references channel_picture (id);

-- the reads that grow with the years: every cycle's lines, people's messages, a task's history
create index ix_goal_tree_line_version on goal_tree_line (version_id);
create index ix_notification_recipient on notification (recipient, id);
create index ix_notification_created on notification (created_at, id);
create index ix_notification_task on notification (task_id);
create index ix_late_reason_task on late_reason (task_id);
create index ix_deadline_change_task on deadline_change (task_id);
create index ix_steering_decision_cycle on steering_decision (cycle_year, decided_at, id);
create index ix_committee_vote_order on committee_vote (cycle_year, subject_version, round, cast_at, id);
create index ix_planning_input_cycle on planning_input (cycle_year, kind);
create index ix_city_data_cycle on city_data (cycle_year);
create index ix_channel_picture_cycle on channel_picture (cycle_year, team_id);
