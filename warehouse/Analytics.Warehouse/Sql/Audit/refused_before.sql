-- Whether a file that cannot be read (recorded under the hash of its name) was refused before:
-- such a file stays in the inbox and is met again every cycle; it is recorded once, whatever its
-- kind (a file of an unknown kind included), until it changes or can be read.
SELECT count(*) FROM audit_file WHERE content_hash = $hash AND outcome = 'refused';
