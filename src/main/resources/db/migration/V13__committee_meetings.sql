-- Committee meetings. A meeting of a committee in a cycle year, on its cadence or added by the strategy unit;
-- who was present; the agenda's items (decisions the cycle waits for, the strategy unit's own items); the
-- committee's votes on them, at a meeting or by circulation; the action items a meeting gave out; and the
-- minutes, one row a version in the shared reviewed life (DRAFT, SUBMITTED, RETURNED, APPROVED).
create sequence meeting_seq start with 1 increment by 50;
create sequence agenda_item_seq start with 1 increment by 50;
create sequence committee_decision_seq start with 1 increment by 50;
create sequence action_item_seq start with 1 increment by 50;
create sequence meeting_minutes_seq start with 1 increment by 50;

create table meeting (
    id bigint not null,
    committee_id varchar(100) not null,
    cycle_year integer not null,
    starts_at timestamp(6) not null,
    hours integer not null,
    place varchar(300),
    status varchar(20) not null check (status in ('PLANNED','INVITED','HELD','MINUTES_APPROVED','CANCELLED')),
    extraordinary boolean not null,
    process_instance_id varchar(64),
    invitations integer not null,
    quorum_met boolean,
    recorded_by varchar(100),
    recorded_at timestamp(6) with time zone,
    cancel_reason varchar(1000),
    created_by varchar(100),
    created_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index meeting_committee on meeting (committee_id, starts_at);
create index meeting_year on meeting (cycle_year, starts_at);

create table meeting_attendee (
    meeting_id bigint not null references meeting (id),
    person_id varchar(100) not null,
    primary key (meeting_id, person_id)
);

create table agenda_item (
    id bigint not null,
    committee_id varchar(100) not null,
    cycle_year integer not null,
    meeting_id bigint references meeting (id),
    kind varchar(20) not null check (kind in ('DECISION','DISCUSSION')),
    status varchar(20) not null check (status in ('OPEN','DECIDED','DISCUSSED','WITHDRAWN')),
    title varchar(300) not null,
    detail varchar(4000),
    link varchar(500),
    waiting_instance_id varchar(64),
    waiting_activity_id varchar(100),
    discussion varchar(4000),
    times_moved integer not null,
    added_by varchar(100) not null,
    added_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index agenda_item_meeting on agenda_item (meeting_id);
create index agenda_item_waiting on agenda_item (waiting_instance_id, waiting_activity_id);
create index agenda_item_unplaced on agenda_item (committee_id, status);

create table committee_decision (
    id bigint not null,
    item_id bigint not null references agenda_item (id),
    meeting_id bigint references meeting (id),
    by_circulation boolean not null,
    round integer not null,
    outcome varchar(20) not null check (outcome in ('APPROVED','REJECTED','TIE','NO_QUORUM')),
    wording varchar(4000),
    recorded_by varchar(100) not null,
    decided_at timestamp(6) with time zone not null,
    primary key (id)
);
create index committee_decision_item on committee_decision (item_id);

create table committee_decision_vote (
    decision_id bigint not null references committee_decision (id),
    person_id varchar(100) not null,
    choice varchar(20) check (choice in ('FOR','AGAINST','ABSTAIN')),
    primary key (decision_id, person_id)
);

create table action_item (
    id bigint not null,
    meeting_id bigint not null references meeting (id),
    committee_id varchar(100) not null,
    cycle_year integer not null,
    what varchar(1000) not null,
    owner_kind varchar(20) not null check (owner_kind in ('PERSON','DEPARTMENT','COMMITTEE')),
    owner_id varchar(100) not null,
    due date not null,
    process_instance_id varchar(64),
    result varchar(4000),
    done_by varchar(100),
    done_at timestamp(6) with time zone,
    created_by varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index action_item_meeting on action_item (meeting_id);
create index action_item_open on action_item (committee_id, done_at);

create table meeting_minutes (
    id bigint not null,
    meeting_id bigint not null references meeting (id),
    number integer not null,
    status varchar(20) not null check (status in ('DRAFT','SUBMITTED','RETURNED','APPROVED')),
    summary varchar(8000),
    created_at timestamp(6) with time zone not null,
    created_by varchar(100) not null,
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(100),
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(100),
    review_comments varchar(4000),
    lock bigint not null,
    primary key (id),
    unique (meeting_id, number)
);
