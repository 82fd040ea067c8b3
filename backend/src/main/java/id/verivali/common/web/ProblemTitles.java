package id.verivali.common.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A problem's title in the caller's language: the status's own ({@code problemDetail.title.404}), else its class's
 * ({@code problemDetail.title.4xx}), else the status's English reason phrase.
 */
public final class ProblemTitles {

    private ProblemTitles() {}

    public static String of(MessageSource messages, HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known != null ? known.getReasonPhrase() : "Error";
        String family = status.is5xxServerError() ? "5xx" : "4xx";
        String familyTitle = messages.getMessage("problemDetail.title." + family, null, phrase, locale);
        return messages.getMessage("problemDetail.title." + status.value(), null, familyTitle, locale);
    }
}
