-- The application list is ordered by (created_at, id) within an association's or a programme's
-- applications; these indexes serve that order, so a page no longer sorts the whole scope.
-- They replace the single-column indexes, which they cover.
create index application_association_created_idx on application (association_id, created_at, id);
create index application_programme_created_idx on application (programme_id, created_at, id);
drop index application_association_idx;
drop index application_programme_idx;
