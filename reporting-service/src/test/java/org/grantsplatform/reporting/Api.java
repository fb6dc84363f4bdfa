package org.grantsplatform.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.grantsplatform.runtime.testing.TestTokens;

/** Requests as a given user, with JSON numbers read as BigDecimal so that money compares exactly. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .header("Authorization", TestTokens.bearer(user, roles));
    }

    public static RequestSpecification programManager() {
        return as("pm1", "program-manager");
    }
}
