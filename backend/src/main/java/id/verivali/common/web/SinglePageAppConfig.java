package id.verivali.common.web;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the front end (the {@code verivali-frontend} jar's {@code static/}) and answers its client-side routes
 * ({@code /households/12}) with {@code index.html}, so that a reload or a shared link opens the right screen.
 */
@Configuration
class SinglePageAppConfig implements WebMvcConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource resource = super.getResource(path, location);
                        if (resource != null || !isClientRoute(path)) {
                            return resource;
                        }
                        return INDEX.exists() ? INDEX : null;
                    }
                });
    }

    /** Paths without a file extension outside the server's own namespaces belong to the front end's router. */
    static boolean isClientRoute(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return !path.substring(path.lastIndexOf('/') + 1).contains(".")
                && !first.equals("api")
                && !first.equals("actuator")
                && !first.equals("v3")
                && !first.equals("swagger-ui")
                && !first.equals("camunda")
                && !first.equals("engine-rest");
    }
}
