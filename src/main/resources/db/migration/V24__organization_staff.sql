-- HR's imports of the organisation's units and people (the organisation file keeps the municipality, its domains,
-- committees and programme): each import a version as JSON (bounded by the application at 1,000,000 characters),
-- the newest in force on every node. A unit closed keeps its name here, for the records of earlier cycles.
create sequence organization_staff_seq start with 1 increment by 50;

create table organization_staff (
    id bigint not null,
    imported_at timestamp(6) with time zone not null,
    imported_by varchar(100) not null,
    file_name varchar(255),
    staff varchar(1000000) not null,
    primary key (id)
);
