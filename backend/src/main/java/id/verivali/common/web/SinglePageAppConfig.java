package id.verivali.common.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the front end (the {@code verivali-frontend} jar's {@code static/}) and answers its client-side routes
 * ({@code /households/12}) with {@code index.html}, so that a reload or a shared link opens the right screen.
 *
 * <p>The build names every file under {@code assets/} by its content's hash, so a browser may keep them for a year
 * without asking again: on a village's slow connection only {@code index.html} (never cached) and the API travel
 * after the first visit, and a new release changes the names {@code index.html} points to.
 */
@Configuration
class SinglePageAppConfig implements WebMvcConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    private static final CacheControl HASHED_FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(HASHED_FOREVER);
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource resource = super.getResource(path, location);
                        if (resource != null || !FrontEndRoutes.isScreen(path)) {
                            return resource;
                        }
                        return INDEX.exists() ? INDEX : null;
                    }
                });
    }
}
