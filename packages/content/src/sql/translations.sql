create or replace function tq_translations_set_config() returns trigger
language plpgsql set search_path = public, pg_temp as $$
begin
  new.search_config := tq_locale_regconfig(new.locale);
  return new;
end $$;

create or replace trigger translations_config_trg before insert or update of locale, search_config on translations
  for each row execute function tq_translations_set_config();
