-- Setting values never reach the audit trail: the row's history shows that the value changed, not to what.

-- The admin audit log is append-only.
create or replace trigger admin_audit_log_append_only_trg before update or delete on admin_audit_log
  for each row execute function tq_forbid_mutation('admin_audit_log');
create or replace trigger admin_audit_log_no_truncate_trg before truncate on admin_audit_log
  for each statement execute function tq_forbid_mutation('admin_audit_log');
