/**
 * The seed's rules as data: {@link uk.learnersync.provider.sync.policy.RuleTable} is spec/RULES.md
 * as a table, {@link uk.learnersync.provider.sync.policy.SyncPolicy} one provider's reading of it.
 * Pure domain logic: no Spring, no SQL.
 */
@NamedInterface("policy")
package uk.learnersync.provider.sync.policy;

import org.springframework.modulith.NamedInterface;
