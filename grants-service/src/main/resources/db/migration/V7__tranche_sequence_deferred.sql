-- Cancelling a tranche moves the later ones up a sequence number; the uniqueness of (grant, sequence) is checked
-- at commit, once every tranche has its new number.
alter table tranche drop constraint tranche_grant_id_sequence_key;
alter table tranche add constraint tranche_grant_id_sequence_key unique (grant_id, sequence)
    deferrable initially deferred;
