-- The treasury's budget book of each cycle: a version per import (nothing is deleted; the newest
-- version of the year is the current book) and its clauses. Portable SQL for H2 and PostgreSQL.

create sequence budget_book_seq start with 1 increment by 50;

create sequence budget_clause_seq start with 1 increment by 50;

create table budget_book (
    id bigint not null,
    cycle_year integer not null,
    number integer not null,
    source varchar(300) not null,
    created_at timestamp(6) with time zone not null,
    created_by varchar(100) not null,
    primary key (id),
    unique (cycle_year, number)
);

create table budget_clause (
    id bigint not null,
    book_id bigint not null,
    position integer,
    code varchar(50) not null,
    name varchar(300) not null,
    department_id varchar(100) not null,
    budget_type varchar(20) not null check (budget_type in ('OPERATING','DEVELOPMENT')),
    funding_kind varchar(20) not null check (funding_kind in ('MUNICIPAL','GOVERNMENT','PHILANTHROPY','BUSINESS')),
    funder varchar(200),
    amount numeric(19,2) not null check (amount >= 0),
    primary key (id),
    unique (book_id, code)
);

alter table budget_clause add constraint fk_budget_clause_book foreign key (book_id) references budget_book (id);

create index ix_budget_clause_book_department on budget_clause (book_id, department_id);
