SELECT max(loaded_at) FROM audit_file WHERE outcome = 'loaded';
