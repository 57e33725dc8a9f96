package io.khabar.ingest.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the ledger has read what earlier runs recorded: before that, repeats cannot be told apart. */
@Readiness
@ApplicationScoped
public class LedgerReadiness implements HealthCheck {

    @Inject
    ArticleLedger ledger;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingest ledger").status(ledger.loaded()).build();
    }
}
