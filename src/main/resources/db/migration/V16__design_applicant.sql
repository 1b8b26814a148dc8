-- The design committee's candidates: residents who answered the open call and partners the mapping found, with the
-- sector each would represent; the strategy unit proposes whom to take and the steering committee decides.
create sequence design_applicant_seq start with 1 increment by 50;

create table design_applicant (
    id bigint not null,
    cycle_year integer not null,
    name varchar(200) not null,
    sector varchar(20) not null,
    source varchar(20) not null check (source in ('OPEN_CALL','PARTNER_MAPPING')),
    email varchar(200),
    statement varchar(2000),
    status varchar(20) not null check (status in ('APPLIED','PROPOSED','SELECTED','NOT_SELECTED')),
    item_id bigint references agenda_item (id),
    added_by varchar(100) not null,
    added_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index design_applicant_year on design_applicant (cycle_year);
create index design_applicant_item on design_applicant (item_id);
