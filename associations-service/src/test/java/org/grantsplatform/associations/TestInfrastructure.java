package org.grantsplatform.associations;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.KeycloakTestServer;
import org.grantsplatform.runtime.testing.PostgresTestDatabase;

/**
 * Every test of this service runs on PostgreSQL (the machine's or an embedded one), a real broker and a
 * test OIDC server that also answers as the user directory (Keycloak's admin API).
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "associations_test"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(KeycloakTestServer.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
