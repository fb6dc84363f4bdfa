package org.grantsplatform.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.PostgresTestDatabase;

/**
 * Every test of this service runs on PostgreSQL (the machine's or an embedded one), a real broker and a
 * test OIDC server.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "reporting_test"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
