-- One write: the aggregate's row and its event's outbox row, in one transaction.
-- The payload is a CloudEvent like associations.association.registered.v1 (763 bytes),
-- written in base64 because pgbench would read the colons of the JSON as its variables.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO aggregate (id, name, acronym, country, region, legal_form, founded_year, contact_email, version)
VALUES (gen_random_uuid(), 'bench association ' || :n, 'BENCH', 'KE', 'AFRICA', 'Association', 2001, 'bench@example.org', 0);
INSERT INTO outbox_event (event_id, topic, aggregate_id, type, payload)
VALUES (gen_random_uuid(), 'associations.events', gen_random_uuid()::text, 'associations.association.registered.v1', convert_from(decode('eyJzcGVjdmVyc2lvbiI6IjEuMCIsImlkIjoiM2IwZDVhNTgtNWI3Yy00ZDM1LTlhNGMtMGY4ZTJmMWY5YzExIiwic291cmNlIjoiL2Fzc29jaWF0aW9ucy1zZXJ2aWNlIiwidHlwZSI6ImFzc29jaWF0aW9ucy5hc3NvY2lhdGlvbi5yZWdpc3RlcmVkLnYxIiwic3ViamVjdCI6IjdjOWExZTBlLTNjMWItNGQwZS04ZjYxLTJmNmYxYjlkMmE3NyIsInRpbWUiOiIyMDI2LTAxLTMxVDEwOjAwOjAwLjEyMzQ1NloiLCJkYXRhY29udGVudHR5cGUiOiJhcHBsaWNhdGlvbi9qc29uIiwiZGF0YSI6eyJhc3NvY2lhdGlvbiI6eyJpZCI6IjdjOWExZTBlLTNjMWItNGQwZS04ZjYxLTJmNmYxYjlkMmE3NyIsIm5hbWUiOiJiZW5jaCBhc3NvY2lhdGlvbiAxMjM0NTYiLCJhY3JvbnltIjoiQkVOQ0giLCJjb3VudHJ5IjoiS0UiLCJyZWdpb24iOiJBRlJJQ0EiLCJsZWdhbEZvcm0iOiJBc3NvY2lhdGlvbiIsImZvdW5kZWRZZWFyIjoyMDAxLCJ3ZWJzaXRlIjpudWxsLCJjb250YWN0RW1haWwiOiJiZW5jaEBleGFtcGxlLm9yZyIsIm1lbWJlckNvdW50IjowLCJ2ZXJpZmllZCI6ZmFsc2UsInZlcmlmaWNhdGlvbk5vdGUiOm51bGwsInZlcmlmaWVkQnkiOm51bGwsInZlcmlmaWVkQXQiOm51bGwsIm93bmVycyI6WyIwZjdiMWM1Mi04ZDBhLTRiNWUtOWE2My01ZDFjMmUzZjRhNWIiXSwidHJhbnNwYXJlbmN5WWVhciI6bnVsbCwidHJhbnNwYXJlbmN5UmF0ZSI6bnVsbCwidmVyc2lvbiI6MCwiY3JlYXRlZEF0IjoiMjAyNi0wMS0zMVQxMDowMDowMC4xMjM0NTZaIn19fQ==', 'base64'), 'UTF8'));
COMMIT;
