package id.verivali.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the served OpenAPI description ({@code /v3/api-docs}, Swagger UI) says about itself: springdoc would otherwise
 * call it "OpenAPI definition v0".
 */
@Configuration
class ApiDescriptionConfig {

    @Bean
    OpenAPI verivaliApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Verivali API")
                        .version("1")
                        .description("Verification and validation of the social-welfare registry (DTKS): households,"
                                + " their proposed changes and the officials' decisions on them, deliberations,"
                                + " verification rounds, supervision, reports and the audit trail. Every call needs a"
                                + " signed-in account; each answers within the account's region. Errors are RFC 9457"
                                + " problem details naming the field."));
    }
}
