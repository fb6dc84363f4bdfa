package org.grantsplatform.grants.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;

/**
 * Business counters on /q/metrics: applications submitted, money awarded and disbursed (per currency).
 * Counted after the commit only, so a rolled-back request counts nothing. Counters are doubles, which
 * is fine for a dashboard; the money of record stays BigDecimal in the database.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public BusinessMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    public void applicationSubmitted() {
        afterCommit(() -> registry.counter("grants.applications.submitted").increment());
    }

    public void awarded(String currency, BigDecimal amount) {
        afterCommit(() -> registry.counter("grants.money.awarded", "currency", currency).increment(amount.doubleValue()));
    }

    public void disbursed(String currency, BigDecimal amount) {
        afterCommit(() -> registry.counter("grants.money.disbursed", "currency", currency).increment(amount.doubleValue()));
    }

    private void afterCommit(Runnable count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
