-- Rendered from standardTriggersSql in @touriquest/core/src/index.ts by `pnpm sql:render`: edit the generator, not this file.
-- partition_policies
create or replace trigger partition_policies_touch_trg before update on partition_policies
  for each row execute function tq_touch_row();
