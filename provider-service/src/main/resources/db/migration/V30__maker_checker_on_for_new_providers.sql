-- Maker-checker is now on for a provider without settings (AutomationSettings.DEFAULTS). Providers that
-- existed before kept the old default, off: they get it as an explicit setting, so nothing changes for them.
INSERT INTO automation_settings (provider_id, maker_checker, updated_by, updated_at)
SELECT id, false, 'migration V30', now()
FROM providers
WHERE id NOT IN (SELECT provider_id FROM automation_settings);
