package dev.crosscheck.app;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** OpenAPI-level description of the API: its security scheme. */
@OpenAPIDefinition(info = @Info(title = "crosscheck API", version = "1.0.0"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP,
                scheme = "bearer", description = "An API key as a bearer token (or in the X-API-Key header); "
                + "reads are public, writes need the editor role, sources and imports the admin role")))
public class CrosscheckApi extends Application {
}
