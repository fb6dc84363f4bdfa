package org.grantsplatform.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.TokenContract;

@QuarkusTest
class TokenTest extends TokenContract {

    @Override
    protected String protectedPath() {
        return "/api/reports/portfolio?groupBy=programme";
    }
}
