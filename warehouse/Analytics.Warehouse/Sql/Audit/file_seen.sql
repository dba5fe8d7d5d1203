SELECT count(*) FROM audit_file WHERE content_hash = $hash;
