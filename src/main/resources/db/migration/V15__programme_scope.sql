-- The programme's focus from a cycle year on: the channels whose working teams work and the neighbourhoods in
-- focus, proposed by the strategy unit and decided by the steering committee on the agenda item it made.
create sequence programme_scope_seq start with 1 increment by 50;

create table programme_scope (
    id bigint not null,
    cycle_year integer not null,
    channels varchar(200) not null,
    neighbourhoods varchar(2000),
    status varchar(20) not null check (status in ('PROPOSED','APPROVED','REJECTED')),
    item_id bigint not null references agenda_item (id),
    proposed_by varchar(100) not null,
    proposed_at timestamp(6) with time zone not null,
    decided_at timestamp(6) with time zone,
    lock bigint not null,
    primary key (id)
);
create index programme_scope_year on programme_scope (cycle_year, status);
