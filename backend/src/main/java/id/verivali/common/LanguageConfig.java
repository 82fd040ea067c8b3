package id.verivali.common;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Bahasa Indonesia unless the caller asks for another language: requests say so with {@code Accept-Language}; work
 * outside a request (start-up checks, background jobs) uses the configured default rather than the server's locale.
 */
@Configuration
class LanguageConfig {

    LanguageConfig(@Value("${spring.web.locale:id}") Locale defaultLocale) {
        LocaleContextHolder.setDefaultLocale(defaultLocale);
    }
}
