package id.verivali.common.web;

/**
 * The front end's addresses. Its files are public (the sign-in form is one of them); so are its screens' addresses
 * ({@code /households/12}), which answer with its {@code index.html} so that a reload or a shared link opens the right
 * screen. What a screen shows comes from {@code /api}, which needs an account.
 */
public final class FrontEndRoutes {

    /** The front end's files outside {@code assets/}. */
    public static final String[] FILES = {"/", "/index.html", "/favicon.svg", "/assets/**"};

    /** Paths without a file extension outside the server's own namespaces belong to the front end's router. */
    public static boolean isScreen(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        return !relative.substring(relative.lastIndexOf('/') + 1).contains(".")
                && !first.equals("api")
                && !first.equals("actuator")
                && !first.equals("v3")
                && !first.equals("swagger-ui")
                && !first.equals("camunda")
                && !first.equals("engine-rest")
                && !first.equals("error");
    }

    private FrontEndRoutes() {}
}
