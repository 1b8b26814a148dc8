-- One reviewed life: work plans, measurement reports and situation assessments share one status vocabulary
-- (DRAFT, SUBMITTED, RETURNED, APPROVED) and one record of each version: who created it, submitted it and
-- decided it, when, and the reviewer's comments. A report's or an assessment's ACCEPTED is now APPROVED. An
-- assessment returned for completion now opens its next revision at once, as a draft not yet submitted. A work
-- plan version now keeps the decision that ended its review, as the reviews of each step already do.
-- The old status columns' check constraints carry names of each database's choosing: a status column is
-- replaced, and dropping the old one drops its check.

alter table measurement_report add column review_status varchar(20);
update measurement_report set review_status = case status when 'ACCEPTED' then 'APPROVED' else status end;
alter table measurement_report drop column status;
alter table measurement_report rename column review_status to status;
alter table measurement_report alter column status set not null;
alter table measurement_report add constraint measurement_report_status
    check (status in ('DRAFT','SUBMITTED','RETURNED','APPROVED'));

alter table department_assessment add column status varchar(20);
update department_assessment set status = case review when 'ACCEPTED' then 'APPROVED' else review end;
alter table department_assessment drop column review;
alter table department_assessment alter column status set not null;
alter table department_assessment add constraint department_assessment_status
    check (status in ('DRAFT','SUBMITTED','RETURNED','APPROVED'));
alter table department_assessment add column created_at timestamp(6) with time zone;
alter table department_assessment add column created_by varchar(100);
update department_assessment set created_at = submitted_at, created_by = submitted_by;
alter table department_assessment alter column created_at set not null;
alter table department_assessment alter column created_by set not null;
alter table department_assessment alter column submitted_at drop not null;
alter table department_assessment alter column submitted_by drop not null;

-- the decision that ended a version's review: its return (one per version) or the CEO's approval
alter table work_plan_version add column reviewed_at timestamp(6) with time zone;
alter table work_plan_version add column reviewed_by varchar(100);
alter table work_plan_version add column review_comments varchar(4000);
update work_plan_version set
    reviewed_at = (select max(r.decided_at) from work_plan_review r where r.cycle_year = work_plan_version.cycle_year
        and r.department_id = work_plan_version.department_id and r.version_number = work_plan_version.number
        and (r.approved = false or r.step = 'CEO')),
    reviewed_by = (select max(r.decided_by) from work_plan_review r where r.cycle_year = work_plan_version.cycle_year
        and r.department_id = work_plan_version.department_id and r.version_number = work_plan_version.number
        and (r.approved = false or r.step = 'CEO')),
    review_comments = (select max(r.comments) from work_plan_review r
        where r.cycle_year = work_plan_version.cycle_year and r.department_id = work_plan_version.department_id
        and r.version_number = work_plan_version.number and (r.approved = false or r.step = 'CEO'))
    where status in ('RETURNED','APPROVED');
