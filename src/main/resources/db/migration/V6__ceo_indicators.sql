-- The CEO's indicators (מדדי מנכ"ל): the few indicators of the goal tree the CEO follows himself.
-- Lines of every existing version are not CEO indicators until a new version marks them.
alter table goal_tree_line add column ceo_indicator boolean default false not null;
