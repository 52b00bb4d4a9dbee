-- touriquest:also-on-push
-- Which client sent a behaviour event, for per-platform funnels and A/B tests. An enum, so adding it to the
-- partitioned parent (and through it to every partition) is a catalog change: no rewrite, no scan. Existing
-- events keep null (unknown). The TypeScript twin is ai-admin's clientPlatformEnum.
create type client_platform as enum ('web', 'ios', 'android');
--> statement-breakpoint
alter table user_behavior_events add column platform client_platform;
